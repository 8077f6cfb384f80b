package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;

/**
 * Params of {@code client.call.reject}: refuse an incoming call.
 */
@EventName("client.call.reject")
public record ClientCallReject(
        Jid jid,
        @OmitEmpty String reason) {
}

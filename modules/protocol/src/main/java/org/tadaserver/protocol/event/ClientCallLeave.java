package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;

/**
 * Params of {@code client.call.leave}: leave a call.
 */
@EventName("client.call.leave")
public record ClientCallLeave(
        Jid jid,
        @OmitEmpty String reason) {
}

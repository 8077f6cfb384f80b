package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;

/**
 * Params of {@code client.call.trickle}: an ICE candidate.
 */
@EventName("client.call.trickle")
public record ClientCallTrickle(
        Jid jid,
        String candidate,
        @OmitEmpty String sdpMid,
        @OmitEmpty int sdpMlineIndex) {
}

package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.enums.CallType;

/**
 * Params of {@code client.call.offer}: start or join a call with an SDP offer.
 *
 * @param jid callee contact or group/task chat
 * @param muted deprecated: use enabled_audio
 * @param trickle ICE candidates follow with client.call.trickle
 * @param sdp SDP offer
 */
@EventName("client.call.offer")
public record ClientCallOffer(
        Jid jid,
        boolean muted,
        boolean trickle,
        String sdp,
        @OmitEmpty CallType callType,
        @OmitEmpty boolean enabledAudio,
        @OmitEmpty boolean enabledVideo) {
}

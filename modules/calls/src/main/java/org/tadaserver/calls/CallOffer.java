package org.tadaserver.calls;

import org.tadaserver.protocol.enums.CallType;

/**
 * A device joining the call of a chat with its SDP offer ({@code client.call.offer}).
 *
 * @param jid the chat as the caller names it: the callee's contact JID for a direct call, else the group/task JID
 * @param device the id of the caller's WebSocket session, unique in the cluster
 * @param useragent the device's User-Agent (shown in the participant's devices)
 * @param sdp the offer
 * @param callType audio unless the client says otherwise
 * @param audio the microphone is on (not muted)
 * @param video the camera is on
 */
public record CallOffer(String jid, String device, String useragent, String sdp, CallType callType, boolean audio,
    boolean video) {}

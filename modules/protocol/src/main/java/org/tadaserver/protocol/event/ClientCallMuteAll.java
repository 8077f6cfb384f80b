package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;

/**
 * Params of {@code client.call.muteall}: mute all other participants.
 */
@EventName("client.call.muteall")
public record ClientCallMuteAll(
        Jid jid) {
}

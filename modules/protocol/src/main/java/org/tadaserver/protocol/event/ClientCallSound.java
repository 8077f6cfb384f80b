package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;

/**
 * Params of {@code client.call.sound}: mute or unmute the microphone.
 */
@EventName("client.call.sound")
public record ClientCallSound(
        Jid jid,
        boolean muted) {
}

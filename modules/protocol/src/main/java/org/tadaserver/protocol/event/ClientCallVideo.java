package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;

/**
 * Params of {@code client.call.video}: turn the camera on or off.
 */
@EventName("client.call.video")
public record ClientCallVideo(
        Jid jid,
        boolean enabled) {
}

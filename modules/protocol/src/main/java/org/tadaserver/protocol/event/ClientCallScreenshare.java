package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;

/**
 * Params of {@code client.call.screenshare}: start or stop screen sharing. Note the key {@code call_jid}, not {@code jid}.
 */
@EventName("client.call.screenshare")
public record ClientCallScreenshare(
        Jid callJid,
        boolean screenshareEnabled) {
}

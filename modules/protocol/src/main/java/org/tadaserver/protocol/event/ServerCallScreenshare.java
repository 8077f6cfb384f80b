package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;

/**
 * Params of {@code server.call.screenshare}: someone started or stopped sharing a screen.
 */
@EventName("server.call.screenshare")
public record ServerCallScreenshare(
        boolean screenshareEnabled,
        Jid callJid,
        Jid actorJid) {
}

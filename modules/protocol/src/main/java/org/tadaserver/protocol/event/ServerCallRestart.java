package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;

/**
 * Params of {@code server.call.restart}: the call restarted.
 */
@EventName("server.call.restart")
public record ServerCallRestart(
        Jid jid,
        String uid,
        String team) {
}

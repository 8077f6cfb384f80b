package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;

/**
 * Params of {@code server.call.leave}: the receiver left the call.
 */
@EventName("server.call.leave")
public record ServerCallLeave(
        Jid jid,
        String uid) {
}

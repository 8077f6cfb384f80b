package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;

/**
 * Params of {@code server.call.talking}: someone talks in the call.
 */
@EventName("server.call.talking")
public record ServerCallTalking(
        Jid jid,
        Jid actor,
        boolean talking) {
}

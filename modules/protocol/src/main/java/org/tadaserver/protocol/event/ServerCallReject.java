package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;

/**
 * Params of {@code server.call.reject}: a call was rejected.
 */
@EventName("server.call.reject")
public record ServerCallReject(
        Jid jid,
        String uid,
        String reason) {
}

package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;

/**
 * Params of {@code server.call.muteall}: all participants muted.
 */
@EventName("server.call.muteall")
public record ServerCallMuteall(
        Jid jid,
        boolean muted) {
}

package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;

/**
 * Params of {@code server.call.sound}: the receiver was muted or unmuted.
 */
@EventName("server.call.sound")
public record ServerCallSound(
        Jid jid,
        boolean muted) {
}

package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;

import java.time.Instant;

/**
 * Params of {@code server.message.push}: push replacement for the desktop app.
 */
@EventName("server.message.push")
public record ServerMessagePush(
        String title,
        String subtitle,
        String message,
        String iconUrl,
        String clickAction,
        String tag,
        String team,
        Jid sender,
        Jid chat,
        String messageId,
        Instant created) {
}

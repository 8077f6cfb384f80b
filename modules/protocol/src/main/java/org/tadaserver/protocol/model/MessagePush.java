package org.tadaserver.protocol.model;

import org.tadaserver.protocol.Jid;

import java.time.Instant;

/**
 * Push replacement for the desktop application ({@code server.message.push}).
 *
 * @param message push body
 * @param iconUrl absolute icon URL
 * @param clickAction URL opened on click
 * @param tag push tag
 * @param team team uid
 * @param sender sender contact
 * @param chat chat
 */
public record MessagePush(
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

package org.tadaserver.protocol.event;

import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.TeamUnread;

import java.util.List;

/**
 * Params of {@code server.chat.updated}: chats created or changed.
 *
 * @param teamUnread nullable
 */
@EventName("server.chat.updated")
public record ServerChatUpdated(
        List<Chat> chats,
        TeamUnread teamUnread,
        int badge) {
}

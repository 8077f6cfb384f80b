package org.tadaserver.protocol.event;

import org.tadaserver.protocol.model.DeletedChat;
import org.tadaserver.protocol.model.TeamUnread;

import java.util.List;

/**
 * Params of {@code server.chat.deleted}: chats removed for the viewer.
 *
 * @param teamUnread nullable
 */
@EventName("server.chat.deleted")
public record ServerChatDeleted(
        List<DeletedChat> chats,
        TeamUnread teamUnread,
        int badge) {
}

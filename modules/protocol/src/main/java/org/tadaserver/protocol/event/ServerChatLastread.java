package org.tadaserver.protocol.event;

import org.tadaserver.protocol.model.ChatCounters;
import org.tadaserver.protocol.model.TeamUnread;

import java.util.List;

/**
 * Params of {@code server.chat.lastread}: last read message changed (to all of the reader's sessions).
 *
 * @param teamUnread nullable
 */
@EventName("server.chat.lastread")
public record ServerChatLastread(
        List<ChatCounters> chats,
        TeamUnread teamUnread,
        int badge) {
}

package org.tadaserver.protocol.event;

import org.tadaserver.protocol.model.ChatCounters;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.protocol.model.TeamUnread;

import java.util.List;

/**
 * Params of {@code server.message.updated}: messages created, edited or deleted. {@code messages} is never
 * empty (tdclient reads {@code [0]} unchecked). {@code delayed:false} = new message, {@code true} = quiet update or echo.
 *
 * @param messages never empty
 * @param teamUnread nullable
 * @param badge nullable: only when changed
 */
@EventName("server.message.updated")
public record ServerMessageUpdated(
        List<Message> messages,
        boolean delayed,
        List<ChatCounters> chatCounters,
        TeamUnread teamUnread,
        Integer badge) {

    public ServerMessageUpdated {
        if (messages == null || messages.isEmpty()) {
            throw new IllegalArgumentException("server.message.updated needs at least one message");
        }
        messages = List.copyOf(messages);
    }
}

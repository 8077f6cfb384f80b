package org.tadaserver.protocol.event;

import org.tadaserver.protocol.model.ReceivedMessage;

import java.util.List;

/**
 * Params of {@code server.message.received}: messages were seen by someone in the chat.
 */
@EventName("server.message.received")
public record ServerMessageReceived(
        List<ReceivedMessage> messages) {
}

package org.tadaserver.protocol.event;

/**
 * Params of {@code client.message.deleted}: delete a message.
 */
@EventName("client.message.deleted")
public record ClientMessageDeleted(
        String messageId) {
}

package org.tadaserver.protocol.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.tadaserver.protocol.Jid;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * Params of {@code client.chat.lastread}: the last read message of a chat changed.
 *
 * @param jid chat
 * @param lastReadMessageId null = up to the last message
 */
@EventName("client.chat.lastread")
public record ClientChatLastread(
        Jid jid,
        @JsonInclude(NON_NULL) String lastReadMessageId) {
}

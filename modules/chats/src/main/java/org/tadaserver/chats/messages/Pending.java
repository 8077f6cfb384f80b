package org.tadaserver.chats.messages;

import io.vertx.core.Promise;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.store.chat.MessageRow;

/**
 * A send waiting for the batch writer: checked, resolved (the chat exists and the actor may write there), parsed.
 *
 * @param referenced the messages it answers or forwards, loaded and checked
 * @param result completed with the actor's view after COMMIT, or failed
 * @param receivedNanos {@link System#nanoTime()} when the chat service received the send (for send-to-commit)
 */
record Pending(Membership actor, Outgoing message, Map<UUID, MessageRow> referenced, Promise<Message> result,
    long receivedNanos) {
  UUID team() {
    return actor.team();
  }

  UUID uid() {
    return message.uid();
  }
}

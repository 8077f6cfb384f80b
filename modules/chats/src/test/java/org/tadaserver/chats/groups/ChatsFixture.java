package org.tadaserver.chats.groups;

import static org.tadaserver.bus.testing.Await.await;
import java.util.List;
import java.util.UUID;
import org.tadaserver.chats.ChatsWorld;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.chats.messages.Fanout;
import org.tadaserver.chats.messages.MessageOps;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.protocol.model.MessageContent;

/**
 * Chat operations on the shared embedded database, for one test class: {@link ChatOps}, every delivery published, and
 * the blocking helpers of {@link ChatsWorld} (tests run on the JUnit thread, never on an event loop).
 */
final class ChatsFixture extends ChatsWorld {
  final ChatOps ops;
  /** The other half of the chat service, to write messages the chat views and counters show. */
  final MessageOps messages;

  ChatsFixture() {
    ops = new ChatOps(vertx, db.database().pool(), Limits.DEFAULTS);
    messages = new MessageOps(db.database().pool(), db.database().reads(), Limits.DEFAULTS, new Fanout(vertx),
        ops::get);
  }

  /** Sends a plain text message as {@code from} to a chat JID as {@code from} names it. */
  Message send(Membership from, String to, String text) {
    return await(messages.send(from, new SendMessage(to, UUID.randomUUID().toString(), MessageContent.plain(text),
        null, List.of(), false, false, List.of())));
  }
}

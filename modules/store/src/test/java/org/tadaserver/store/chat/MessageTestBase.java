package org.tadaserver.store.chat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.tadaserver.store.team.ContactRow;

/** Helpers for the message path's repositories: writing messages the way the message writer does. */
abstract class MessageTestBase extends ChatTestBase {
  protected final MessageRepository messages = new MessageRepository(db.database().pool());
  protected final CounterRepository counters = new CounterRepository(db.database().pool());
  protected final HistoryRepository history = new HistoryRepository(db.database().pool());

  /** A message row as the writer builds it (not stored). */
  protected static MessageRow row(ChatRow chat, ContactRow sender, long seq, String text, List<UUID> mentions) {
    return new MessageRow(UUID.randomUUID(), chat.uid(), chat.teamUid(), sender.uid(), seq,
        new JsonObject().put("type", "plain").put("text", text), text, new JsonArray(), mentions, null, List.of(),
        false, false, false, false, Instant.now().truncatedTo(ChronoUnit.MICROS), null, gentime(), false,
        chat.chatType(), chat.directLow(), chat.directHigh());
  }

  /** Stores a message at the chat's next order number and records it in the chat; returns the row. */
  protected MessageRow post(ChatRow chat, ContactRow sender, String text, UUID... mentions) {
    ChatRow now = await(chats.get(chat.uid()));
    MessageRow m = row(now, sender, now.lastSeq() + 1, text, List.of(mentions));
    await(messages.insert(List.of(m)));
    await(counters.advance(List.of(new ChatAdvance(chat.uid(), m.seq(), 1, 0, m.uid(), m.created()))));
    return m;
  }

  protected static String text(MessageRow m) {
    return m.content().getString("text");
  }
}

package org.tadaserver.chats.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.chats.messages.MessagesFixture.jid;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.chats.MessageFilter;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.model.Message;

/** Read markers: partial reads, reading to the end, received flags and their events, each once. */
class ReadStateTest {
  static MessagesFixture fx;

  @BeforeAll
  static void up() {
    fx = new MessagesFixture();
  }

  @AfterAll
  static void down() {
    fx.close();
  }

  /** Verifies a read up to a middle message, then to the end, with counters and received events. */
  @Test
  void partialThenFullRead() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    Message m1 = fx.send(a, jid(b), "1");
    Message m2 = fx.send(a, jid(b), "2");
    Message m3 = fx.send(a, jid(b), "3");
    await(fx.service.markRead(b, jid(a), m2.messageId()));
    JsonNode read = fx.lastEvent(b, "server.chat.lastread", 1);
    CounterChecks.chat(read.path("chats").get(0), jid(a), 1, 0);
    assertEquals(m2.messageId(), read.path("chats").get(0).path("last_read_message_id").asText());
    JsonNode received = fx.lastEvent(a, "server.message.received", 1);
    assertEquals(List.of(m2.messageId(), m1.messageId()), ids(received));
    assertEquals(jid(b), received.path("messages").get(0).path("chat").asText(), "named as the author sees it");

    List<Message> history = await(fx.service.messages(a, jid(b), MessageFilter.NEWEST));
    assertEquals(List.of(false, true, true), history.stream().map(Message::received).toList());

    await(fx.service.markRead(b, jid(a), null));
    CounterChecks.chat(fx.lastEvent(b, "server.chat.lastread", 2).path("chats").get(0), jid(a), 0, 0);
    assertEquals(List.of(m3.messageId()), ids(fx.lastEvent(a, "server.message.received", 2)));

    await(fx.service.markRead(b, jid(a), null));
    fx.awaitEvents(b, "server.chat.lastread", 3);
    fx.awaitEvents(a, "server.message.received", 2);
  }

  /** Verifies that in a group only the first reader of a message makes it received, and only for its author. */
  @Test
  void receivedOnceInGroups() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    Membership c = fx.person(team, "C");
    String g = fx.group(a, b, c);
    fx.clearEvents();
    Message m = fx.send(a, g, "read me");
    await(fx.service.markRead(b, g, null));
    assertEquals(List.of(m.messageId()), ids(fx.lastEvent(a, "server.message.received", 1)));
    await(fx.service.markRead(c, g, null));
    fx.awaitEvents(a, "server.message.received", 1);
    fx.awaitEvents(b, "server.message.received", 0);
    assertTrue(await(fx.service.messages(c, g, MessageFilter.NEWEST)).get(0).received());
  }

  /** Verifies that reading a chat that has no messages yet (a direct chat never written) changes nothing. */
  @Test
  void readingAnEmptyDirectChat() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    await(fx.service.markRead(a, jid(b), null));
    fx.awaitEvents(a, "server.chat.lastread", 0);
  }

  private static List<String> ids(JsonNode received) {
    List<String> out = new java.util.ArrayList<>();
    received.path("messages").forEach(m -> {
      assertTrue(m.path("received").asBoolean());
      out.add(m.path("message_id").asText());
    });
    return out;
  }
}

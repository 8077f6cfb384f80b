package org.tadaserver.chats.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.bus.testing.Await.failsWith;
import static org.tadaserver.chats.messages.MessagesFixture.jid;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.chats.MessageFilter;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.Message;

/** Reactions, the pinned message, typing and drafts. */
class ExtrasTest {
  static MessagesFixture fx;

  @BeforeAll
  static void up() {
    fx = new MessagesFixture();
  }

  @AfterAll
  static void down() {
    fx.close();
  }

  /** Verifies adding, repeating and removing reactions, with details and quiet updates to members. */
  @Test
  void reactions() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    Membership c = fx.person(team, "C");
    String g = fx.group(a, b, c);
    Message m = fx.send(a, g, "nice?");
    fx.clearEvents();
    Message liked = await(fx.service.react(b, m.messageId(), "👍", true));
    assertEquals(1, liked.reactions().size());
    assertEquals("👍", liked.reactions().get(0).name());
    assertEquals(1, liked.reactions().get(0).counter());
    assertEquals(jid(b), liked.reactions().get(0).details().get(0).sender().toString());
    assertTrue(liked.gentime() > m.gentime());
    await(fx.service.react(c, m.messageId(), "👍", true));
    Message twice = await(fx.service.react(c, m.messageId(), "👍", true));
    assertEquals(2, twice.reactions().get(0).counter(), "a repeated reaction counts once");
    JsonNode atA = fx.lastEvent(a, "server.message.updated", 2);
    assertTrue(atA.path("delayed").asBoolean());
    assertEquals(2, atA.path("messages").get(0).path("reactions").get(0).path("counter").asInt());
    Message removed = await(fx.service.react(b, m.messageId(), "👍", false));
    assertEquals(1, removed.reactions().get(0).counter());
    await(fx.service.react(b, m.messageId(), "👍", false));
    fx.awaitEvents(a, "server.message.updated", 3);
    assertEquals(1, await(fx.service.messages(a, g, MessageFilter.NEWEST)).get(0).reactions().get(0).counter());
  }

  /** Verifies pinning and unpinning by a group admin and by either side of a direct chat. */
  @Test
  void pinnedMessage() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    String g = fx.group(a, b);
    Message m = fx.send(b, g, "important rules");
    fx.clearEvents();
    Chat pinned = await(fx.service.pin(a, g, m.messageId()));
    assertEquals(m.messageId(), pinned.pinnedMessage().messageId());
    JsonNode atB = fx.lastEvent(b, "server.chat.updated", 1);
    assertEquals(m.messageId(), atB.path("chats").get(0).path("pinned_message").path("message_id").asText());
    assertNull(await(fx.service.pin(a, g, null)).pinnedMessage());

    Message d = fx.send(a, jid(b), "direct");
    assertEquals(d.messageId(), await(fx.service.pin(b, jid(a), d.messageId())).pinnedMessage().messageId());
  }

  /**
   * Verifies unpinning one message: only when it is the pinned one, and refused to a plain member of a group whether
   * or not it is pinned (the answer must not depend on the chat's state: issue 9's authorization matrix found a 200).
   */
  @Test
  void unpinningOneMessage() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    String g = fx.group(a, b);
    Message first = fx.send(b, g, "first");
    Message second = fx.send(b, g, "second");
    failsWith(ApiError.ACCESS_DENIED, fx.service.unpin(b, g, first.messageId()));
    await(fx.service.pin(a, g, second.messageId()));
    failsWith(ApiError.ACCESS_DENIED, fx.service.unpin(b, g, second.messageId()));
    Chat stale = await(fx.service.unpin(a, g, first.messageId()));
    assertEquals(second.messageId(), stale.pinnedMessage().messageId(), "another message stays pinned");
    assertNull(await(fx.service.unpin(a, g, second.messageId())).pinnedMessage());
    failsWith(ApiError.INVALID_DATA, fx.service.unpin(a, g, "nope"));
  }

  /** Verifies typing reaches the other members with the chat as they name it, never the typist. */
  @Test
  void composing() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    fx.send(a, jid(b), "hi");
    fx.clearEvents();
    await(fx.service.composing(a, jid(b), true, false));
    JsonNode typing = fx.lastEvent(b, "server.chat.composing", 1);
    assertEquals(jid(a), typing.path("jid").asText());
    assertEquals(jid(a), typing.path("actor").asText());
    assertTrue(typing.path("composing").asBoolean());
    assertTrue(Instant.parse(typing.path("valid_until").asText()).isAfter(Instant.now()));
    await(fx.service.composing(a, jid(b), false, true));
    JsonNode stopped = fx.lastEvent(b, "server.chat.composing", 2);
    assertFalse(stopped.path("composing").asBoolean());
    assertTrue(stopped.path("is_audio").asBoolean());
    fx.awaitEvents(a, "server.chat.composing", 0);
  }

  /** Verifies drafts: newest revision wins, the user's sessions hear it, nobody else does. */
  @Test
  void drafts() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    fx.send(a, jid(b), "hi");
    fx.clearEvents();
    await(fx.service.draft(a, jid(b), "half a thought", 2_000));
    JsonNode draft = fx.lastEvent(a, "server.chat.draft", 1);
    assertEquals(jid(b), draft.path("jid").asText());
    assertEquals("half a thought", draft.path("draft").asText());
    assertEquals(2_000, draft.path("revision").asLong());
    await(fx.service.draft(a, jid(b), "older", 1_000));
    fx.awaitEvents(a, "server.chat.draft", 1);
    await(fx.service.draft(a, jid(b), "", 3_000));
    assertEquals("", fx.lastEvent(a, "server.chat.draft", 2).path("draft").asText());
    fx.awaitEvents(b, "server.chat.draft", 0);
  }
}

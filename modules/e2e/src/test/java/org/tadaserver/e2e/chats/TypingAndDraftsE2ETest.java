package org.tadaserver.e2e.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.IsoTime;
import org.tadaserver.testkit.client.RestResponse;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Typing and drafts on a real node (issue 3, points 3 and 7; reference §3.8): {@code server.chat.composing} to the
 * other members only, named as each sees the chat, with {@code valid_until}; drafts stored by revision and sent as
 * {@code server.chat.draft} to the user's sessions only.
 */
class TypingAndDraftsE2ETest {
  static ChatFixture fx;

  @BeforeAll
  static void start() {
    fx = new ChatFixture();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  /** Verifies typing in a group: every other member's sessions hear it, the typist's own sessions do not. */
  @Test
  void typingInAGroup() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    Person clara = fx.person(team);
    Person outsider = fx.person(team);
    String group = Steps.group(anna, "Typing", boris, clara);
    try (TadaSocket a1 = anna.ws(); TadaSocket a2 = anna.ws(); TadaSocket b = boris.ws(); TadaSocket c = clara.ws();
        TadaSocket o = outsider.ws()) {
      Instant before = Instant.now();
      a1.awaitConfirm(a1.send("client.chat.composing", Map.of("jid", group, "composing", true)));
      for (TadaSocket ws : new TadaSocket[] {b, c}) {
        JsonNode p = ws.await("server.chat.composing").path("params");
        assertEquals(group, p.path("jid").asText());
        assertEquals(anna.jid(), p.path("actor").asText());
        assertTrue(p.path("composing").asBoolean());
        assertFalse(p.has("is_audio"), "false is left out");
        assertTrue(IsoTime.parse(p.path("valid_until").asText()).isAfter(before));
      }
      a1.send("client.chat.composing", Map.of("jid", group, "is_audio", true, "composing", true), null);
      a1.send("client.chat.composing", Map.of("jid", group), null);
      // The two events were sent without waiting for a confirm; the gateway does not yet keep one session's client
      // events in order (see the session note), so the recipients may see them either way round.
      for (TadaSocket ws : new TadaSocket[] {b, c}) {
        JsonNode first = ws.await("server.chat.composing").path("params");
        JsonNode second = ws.await("server.chat.composing").path("params");
        JsonNode recording = first.path("is_audio").asBoolean() ? first : second;
        JsonNode stopped = recording == first ? second : first;
        assertTrue(recording.path("is_audio").asBoolean() && recording.path("composing").asBoolean());
        assertFalse(stopped.path("composing").asBoolean(), "without composing:true it means stopped");
      }
      a1.expectNone("server.chat.composing", Steps.QUIET);
      a2.expectNone("server.chat.composing", Duration.ZERO);
      o.expectNone("server.chat.composing", Duration.ZERO);
    }
  }

  /** Verifies typing in a direct chat: the other person hears it under the typist's JID. */
  @Test
  void typingInADirectChat() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    try (TadaSocket a = anna.ws(); TadaSocket b = boris.ws()) {
      Steps.send(a, boris.jid(), "hi");
      b.awaitConfirm(b.send("client.chat.composing", Map.of("jid", anna.jid(), "composing", true)));
      JsonNode p = a.await("server.chat.composing").path("params");
      assertEquals(boris.jid(), p.path("jid").asText(), "the chat as Anna names it");
      assertEquals(boris.jid(), p.path("actor").asText());
    }
  }

  /** Verifies that only who may write may type: a non-member and a reader of a readonly group are refused. */
  @Test
  void typingNeedsTheRightToWrite() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    Person outsider = fx.person(team);
    String news = Steps.group(anna, Map.of("display_name", "News", "readonly_for_members", true), boris);
    try (TadaSocket a = anna.ws(); TadaSocket b = boris.ws(); TadaSocket o = outsider.ws()) {
      assertEquals("Only group admins can write in this group",
          Steps.warned(b, b.send("client.chat.composing", Map.of("jid", news, "composing", true))));
      assertEquals("chat " + news + " not found", Steps.warned(o, o.send("client.chat.composing",
          Map.of("jid", news))));
      a.expectNone("server.chat.composing", Steps.QUIET);
    }
  }

  /** Verifies drafts: stored over REST, pushed to every session of the user (and nobody else), newest revision wins. */
  @Test
  void drafts() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    String group = Steps.group(anna, "Drafts", boris);
    try (TadaSocket a1 = anna.ws(); TadaSocket a2 = anna.ws(); TadaSocket b = boris.ws()) {
      long revision = System.currentTimeMillis();
      JsonNode stored = anna.put("/chats/" + group + "/draft", Map.of("draft", "half a thought", "revision", revision))
          .result();
      assertEquals("half a thought", stored.path("draft").asText());
      assertEquals(revision, stored.path("revision").asLong());
      for (TadaSocket ws : new TadaSocket[] {a1, a2}) {
        JsonNode p = Steps.aboutChat(ws, "server.chat.draft", group);
        assertEquals("half a thought", p.path("draft").asText());
        assertEquals(revision, p.path("revision").asLong());
      }
      b.expectNone("server.chat.draft", Steps.QUIET);
      JsonNode older = anna.put("/chats/" + group + "/draft", Map.of("draft", "stale", "revision", revision - 1))
          .result();
      assertEquals("half a thought", older.path("draft").asText(), "an older revision changes nothing");
      a2.expectNone("server.chat.draft", Steps.QUIET);
      assertEquals("half a thought", anna.get("/chats/" + group + "/draft").result().path("draft").asText());
      assertEquals("half a thought", anna.get("/chats/" + group).result().path("draft").asText());
      assertEquals("", boris.get("/chats/" + group + "/draft").result().path("draft").asText(), "drafts are personal");
      anna.put("/chats/" + group + "/draft", Map.of("draft", "", "revision", revision + 1)).result();
      assertEquals("", Steps.aboutChat(a1, "server.chat.draft", group).path("draft").asText());
    }
  }

  /** Verifies draft refusals: a bad revision, a wrong type, too long a text, a chat that is not the caller's. */
  @Test
  void draftRefusals() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person outsider = fx.person(team);
    String group = Steps.group(anna, "Drafts");
    long now = System.currentTimeMillis();
    assertEquals(422, anna.put("/chats/" + group + "/draft", Map.of("draft", "x")).status(), "a revision is needed");
    assertEquals(422, anna.put("/chats/" + group + "/draft", Map.of("draft", "x", "revision", "now")).status());
    assertEquals(422, anna.put("/chats/" + group + "/draft", Map.of("draft", 5, "revision", now)).status());
    RestResponse tooLong = anna.put("/chats/" + group + "/draft", Map.of("draft", "x".repeat(16_385), "revision", now));
    assertEquals(422, tooLong.status(), tooLong::toString);
    assertEquals(404, outsider.put("/chats/" + group + "/draft", Map.of("draft", "x", "revision", now)).status());
    assertEquals(404, outsider.get("/chats/" + group + "/draft").status());
  }
}

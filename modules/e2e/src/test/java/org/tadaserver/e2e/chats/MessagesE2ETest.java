package org.tadaserver.e2e.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.e2e.chats.Steps.first;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.IsoTime;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Messages on a real node (issue 3, points 3 and 8): the confirm follows the commit, resends never duplicate, the
 * fields a message carries (position, editable_until, links, mentions, push_text, reply and forwards), and edits.
 */
class MessagesE2ETest {
  static ChatFixture fx;

  @BeforeAll
  static void start() {
    fx = new ChatFixture();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  /** Verifies that when the confirm arrives the message is already in the history (confirm after commit). */
  @Test
  void confirmFollowsTheCommit() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    String group = Steps.group(anna, "Ops", boris);
    try (TadaSocket ws = anna.ws()) {
      for (int i = 0; i < 5; i++) {
        String id = Steps.send(ws, group, "committed " + i);
        JsonNode stored = boris.get("/messages/" + group + "?exact=" + id).result().path("messages");
        assertEquals(1, stored.size(), "confirmed message " + i + " is readable at once");
      }
    }
  }

  /** Verifies the acceptance rule: the same client.message.updated sent five times is one message and five confirms. */
  @Test
  void fiveResendsAreOneMessageAndFiveConfirms() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    String group = Steps.group(anna, "Resends", boris);
    try (TadaSocket a = anna.ws(); TadaSocket b = boris.ws()) {
      String id = UUID.randomUUID().toString();
      List<String> confirms = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        confirms.add(a.send("client.message.updated", Steps.message(group, id, "only once")));
      }
      confirms.forEach(a::awaitConfirm);
      a.expectNone("server.warning", Duration.ZERO);
      Steps.updated(b, id);
      Steps.updated(a, id);
      b.expectNone("server.message.updated", Steps.QUIET);
      a.expectNone("server.message.updated", Duration.ZERO);
    }
    JsonNode history = boris.get("/messages/" + group).result().path("messages");
    long copies = 0;
    for (JsonNode m : history) {
      copies += m.path("content").path("text").asText().equals("only once") ? 1 : 0;
    }
    assertEquals(1, copies, history::toString);
    JsonNode again = anna.post("/chats/" + group + "/messages", Map.of("text", "rest once", "message_id",
        UUID.randomUUID().toString())).result();
    for (int i = 0; i < 4; i++) {
      JsonNode resent = anna.post("/chats/" + group + "/messages", Map.of("text", "rest once", "message_id",
          again.path("message_id").asText())).result();
      assertEquals(again.path("gentime").asLong(), resent.path("gentime").asLong(), "a resend changes nothing");
    }
    assertEquals(history.size() + 1, boris.get("/messages/" + group).result().path("messages").size());
  }

  /** Verifies positions: num from 0, prev, is_first/is_last (left out when false), and editable_until. */
  @Test
  void positionsAndEditableUntil() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    String[] ids = new String[3];
    try (TadaSocket a = anna.ws()) {
      for (int i = 0; i < 3; i++) {
        ids[i] = Steps.send(a, boris.jid(), "m" + i);
      }
    }
    JsonNode history = boris.get("/messages/" + anna.jid()).result().path("messages");
    assertEquals(3, history.size());
    JsonNode newest = history.get(0);
    JsonNode oldest = history.get(2);
    assertEquals(List.of(ids[2], ids[1], ids[0]), List.of(newest.path("message_id").asText(),
        history.get(1).path("message_id").asText(), oldest.path("message_id").asText()), "newest first");
    assertEquals(List.of(2, 1, 0), List.of(newest.path("num").asInt(), history.get(1).path("num").asInt(),
        oldest.path("num").asInt()));
    assertEquals(ids[1], newest.path("prev").asText());
    assertFalse(oldest.has("prev"), "the first message has no prev");
    assertTrue(oldest.path("is_first").asBoolean());
    assertTrue(newest.path("is_last").asBoolean());
    assertFalse(history.get(1).has("is_first") || history.get(1).has("is_last"), "false flags are left out");
    for (JsonNode m : history) {
      assertEquals(IsoTime.parse(m.path("created").asText()).plusSeconds(86400),
          IsoTime.parse(m.path("editable_until").asText()), "editable_until = created + max_message_update_age");
      assertTrue(m.path("created").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"));
      assertTrue(m.path("gentime").isIntegralNumber());
    }
  }

  /** Verifies links: an @mention links the contact and is a notice for them only; a URL is a link; push_text. */
  @Test
  void mentionsLinksAndPushText() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    Person clara = fx.person(team);
    String group = Steps.group(anna, "Links", boris, clara);
    try (TadaSocket a = anna.ws(); TadaSocket b = boris.ws(); TadaSocket c = clara.ws()) {
      String id = Steps.send(a, group, "hi @" + boris.username() + " see https://example.org/x.");
      JsonNode toBoris = first(Steps.updated(b, id));
      assertTrue(toBoris.path("notice").asBoolean(), "Boris is mentioned");
      JsonNode toClara = first(Steps.updated(c, id));
      assertFalse(toClara.has("notice"), "Clara is not");
      List<String> urls = new ArrayList<>();
      toClara.path("links").forEach(l -> urls.add(l.path("url").asText()));
      assertEquals(List.of("tadateam://" + boris.jid(), "https://example.org/x"), urls);
      assertEquals("@" + boris.username(), toClara.path("links").get(0).path("pattern").asText());
      assertFalse(toClara.path("push_text").asText().isEmpty(), toClara::toString);
      assertEquals("hi @" + boris.username() + " see https://example.org/x.",
          toClara.path("content").path("text").asText());
    }
  }

  /** Verifies flags and references: important, nopreview, reply_to (an object) and forwarded messages. */
  @Test
  void flagsRepliesAndForwards() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    String group = Steps.group(anna, "Refs", boris);
    try (TadaSocket a = anna.ws(); TadaSocket b = boris.ws()) {
      String question = Steps.send(a, group, "question?");
      String direct = Steps.send(a, boris.jid(), "private");
      String id = UUID.randomUUID().toString();
      Map<String, Object> params = new java.util.LinkedHashMap<>(Steps.message(group, id, "answer"));
      params.put("reply_to", question);
      params.put("linked_messages", List.of(direct));
      params.put("important", true);
      params.put("nopreview", true);
      a.awaitConfirm(a.send("client.message.updated", params));
      JsonNode m = first(Steps.updated(b, id));
      assertTrue(m.path("important").asBoolean());
      assertTrue(m.path("nopreview").asBoolean());
      assertEquals(question, m.path("reply_to").path("message_id").asText());
      assertEquals("question?", m.path("reply_to").path("content").path("text").asText());
      assertEquals(direct, m.path("linked_messages").get(0).path("message_id").asText());
      assertEquals("private", m.path("linked_messages").get(0).path("content").path("text").asText());
      JsonNode imp = boris.get("/messages/" + group + "?important=true").result().path("messages");
      assertEquals(1, imp.size());
      assertEquals(id, imp.get(0).path("message_id").asText());
    }
  }

  /** Verifies edits by the author, over WebSocket and REST: a new text and gentime, edited set, delayed for all. */
  @Test
  void authorEdits() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    String group = Steps.group(anna, "Edits", boris);
    try (TadaSocket a = anna.ws(); TadaSocket a2 = anna.ws(); TadaSocket b = boris.ws()) {
      String id = Steps.send(a, group, "frist");
      long created = first(Steps.updated(b, id)).path("gentime").asLong();
      Steps.updated(a2, id);
      a.awaitConfirm(a.send("client.message.updated", Steps.message(group, id, "first")));
      for (TadaSocket ws : new TadaSocket[] {a, a2, b}) {
        JsonNode edit = Steps.updated(ws, id, m -> m.path("content").path("text").asText().equals("first"));
        assertTrue(edit.path("delayed").asBoolean(), "an edit is a quiet update");
        assertTrue(first(edit).has("edited"));
        assertTrue(first(edit).path("gentime").asLong() > created);
      }
      JsonNode viaRest = anna.post("/chats/" + group + "/messages/" + id, Map.of("important", true)).result();
      assertEquals("first", viaRest.path("content").path("text").asText(), "left-out keys keep their values");
      assertTrue(viaRest.path("important").asBoolean());
      assertTrue(first(Steps.updated(b, id, m -> m.path("important").asBoolean())).has("edited"));
      JsonNode text = anna.post("/chats/" + group + "/messages/" + id, Map.of("text", "final")).result();
      assertEquals("final", text.path("content").path("text").asText());
      assertTrue(text.path("important").asBoolean());
    }
    assertEquals("final", boris.get("/messages/" + group + "?limit=1").result().path("messages").get(0)
        .path("content").path("text").asText());
  }
}

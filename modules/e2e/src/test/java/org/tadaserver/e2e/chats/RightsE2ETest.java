package org.tadaserver.e2e.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.testkit.client.RestResponse;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Issue 3, point 9: only members read or write a chat, and nothing of a chat reaches a non-member. Listening sessions
 * of an outsider (same team), a removed member and a stranger (another team) record every event while the members
 * do everything a chat allows; none of them may see a trace of it. Every attempt of theirs is refused over REST and
 * WebSocket alike.
 */
class RightsE2ETest {
  static ChatFixture fx;

  @BeforeAll
  static void start() {
    fx = new ChatFixture();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  /** Verifies that outsiders' sessions receive nothing about a group's or a direct chat's life. */
  @Test
  void nothingReachesNonMembers() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    Person clara = fx.person(team);
    Person outsider = fx.person(team);
    Person stranger = fx.person(fx.team());
    String group = Steps.group(anna, "Secret room", boris, clara);
    List<String> traces = new ArrayList<>(List.of(group, "Secret room", "classified"));
    try (TadaSocket o = outsider.ws(); TadaSocket s = stranger.ws(); TadaSocket c = clara.ws();
        TadaSocket a = anna.ws(); TadaSocket b = boris.ws()) {
      anna.delete("/groups/" + group + "/members/" + clara.jid()).result();
      Steps.aboutChat(c, "server.chat.deleted", group);
      int removedAt = c.received().size();
      String m1 = Steps.send(a, group, "classified one");
      String m2 = Steps.send(b, group, "classified two @" + anna.username());
      String direct = Steps.send(a, boris.jid(), "classified direct");
      traces.addAll(List.of(m1, m2, direct));
      a.awaitConfirm(a.send("client.message.updated", Steps.message(group, m1, "classified edited")));
      String fire = URLEncoder.encode("🔥", StandardCharsets.UTF_8);
      anna.post("/chats/" + group + "/messages/" + m2 + "/reactions/" + fire, null).result();
      anna.post("/chats/" + group + "/pin/" + m1, null).result();
      b.awaitConfirm(b.send("client.chat.composing", Map.of("jid", group, "composing", true)));
      b.awaitConfirm(b.send("client.chat.lastread", Map.of("jid", group)));
      anna.put("/chats/" + group + "/draft", Map.of("draft", "classified draft", "revision", 1)).result();
      anna.put("/groups/" + group, Map.of("display_name", "Secret room 2")).result();
      b.awaitConfirm(b.send("client.message.deleted", Map.of("message_id", m2)));
      anna.delete("/groups/" + group).result();
      Steps.aboutChat(b, "server.chat.deleted", group);
      Map<TadaSocket, Integer> from = Map.of(o, 0, s, 0, c, removedAt);
      for (TadaSocket ws : from.keySet()) {
        ws.awaitConfirm(ws.send("client.ping", null));
        List<JsonNode> events = ws.received();
        for (JsonNode e : events.subList(from.get(ws), events.size())) {
          for (String trace : traces) {
            assertTrue(!e.toString().contains(trace), () -> "a non-member saw " + trace + " in " + e);
          }
        }
      }
    }
    JsonNode unread = outsider.client().get("/api/v4/teams/" + team).result().path("unread");
    for (String type : Counters.CHAT_TYPES) {
      assertEquals(0, unread.path(type).path("messages").asInt(), "no counters of others' chats");
    }
    assertEquals(0, outsider.get("/chats?gentime_gt=1").result().path("count").asInt(), "no chats in delta sync");
  }

  /** Verifies that an outsider is refused everything about a private group, over REST, as if it did not exist. */
  @Test
  void outsidersAreRefusedOverRest() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person outsider = fx.person(team);
    Person stranger = fx.person(fx.team());
    String group = Steps.group(anna, "Private");
    String m;
    try (TadaSocket a = anna.ws()) {
      m = Steps.send(a, group, "inside");
    }
    String chat = "/chats/" + group;
    String msg = chat + "/messages/" + m;
    List<RestResponse> refused = List.of(
        outsider.get(chat), outsider.put(chat, Map.of("hidden", true)),
        outsider.get("/messages/" + group), outsider.get(chat + "/messages"),
        outsider.post(chat + "/messages", Map.of("text", "let me in")),
        outsider.post(msg, Map.of("text", "edited")), outsider.delete(msg),
        outsider.post(msg + "/reactions/x", null), outsider.delete(msg + "/reactions/x"),
        outsider.post(chat + "/pin/" + m, null), outsider.delete(chat + "/pin"),
        outsider.post(chat + "/lastread", null), outsider.get(chat + "/draft"),
        outsider.put(chat + "/draft", Map.of("draft", "x", "revision", 1)),
        outsider.get("/groups/" + group), outsider.put("/groups/" + group, Map.of("display_name", "Mine")),
        outsider.delete("/groups/" + group), outsider.get("/groups/" + group + "/members"),
        outsider.post("/groups/" + group + "/members", Map.of("jid", outsider.jid())),
        outsider.put("/groups/" + group + "/members/" + anna.jid(), Map.of("status", "member")),
        outsider.delete("/groups/" + group + "/members/" + anna.jid()),
        outsider.post("/groups/" + group + "/join", null),
        stranger.client().get(anna.teamPath(chat)), stranger.client().get(anna.teamPath("/messages/" + group)),
        stranger.client().post(anna.teamPath(chat + "/messages"), Map.of("text", "x")),
        stranger.get("/messages/" + group), stranger.post("/chats/" + anna.jid() + "/messages", Map.of("text", "x")));
    for (int i = 0; i < refused.size(); i++) {
      RestResponse r = refused.get(i);
      assertEquals(404, r.status(), "attempt " + i + ": " + r);
      assertEquals("NOT_FOUND", r.error(), "attempt " + i + ": " + r);
    }
    assertEquals(1, anna.get("/groups/" + group + "/members").result().path("members").size());
    assertEquals("inside", anna.get("/messages/" + group).result().path("messages").get(0).path("content")
        .path("text").asText());
  }

  /** Verifies the same refusals over WebSocket: each event is warned (and confirmed) and changes nothing. */
  @Test
  void outsidersAreRefusedOverWebSocket() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person outsider = fx.person(team);
    Person stranger = fx.person(fx.team());
    String group = Steps.group(anna, "Private");
    try (TadaSocket a = anna.ws(); TadaSocket o = outsider.ws(); TadaSocket s = stranger.ws()) {
      String m = Steps.send(a, group, "inside");
      Steps.updated(a, m);
      for (TadaSocket ws : new TadaSocket[] {o, s}) {
        String notFound = "chat " + group + " not found";
        assertEquals(notFound, Steps.warned(ws, ws.send("client.message.updated", Steps.message(group,
            UUID.randomUUID().toString(), "let me in"))));
        String hijack = Steps.warned(ws, ws.send("client.message.updated", Steps.message(anna.jid(), m, "hijack")));
        assertTrue(hijack.equals("message_id: already used by another message")
            || hijack.equals("chat " + anna.jid() + " not found"), hijack);
        assertEquals("message not found", Steps.warned(ws, ws.send("client.message.deleted",
            Map.of("message_id", m))));
        assertEquals(notFound, Steps.warned(ws, ws.send("client.chat.lastread", Map.of("jid", group))));
        assertEquals(notFound, Steps.warned(ws, ws.send("client.chat.composing", Map.of("jid", group,
            "composing", true))));
      }
      Steps.noUpdateOf(a, m, Steps.QUIET);
      a.expectNone("server.chat.composing", java.time.Duration.ZERO);
    }
    JsonNode history = anna.get("/messages/" + group).result().path("messages");
    assertEquals(2, history.size(), "the message and the system one, nothing else");
    assertEquals("inside", history.get(0).path("content").path("text").asText());
  }
}

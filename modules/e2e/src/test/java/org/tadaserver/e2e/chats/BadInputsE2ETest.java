package org.tadaserver.e2e.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.client.RestResponse;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Bad input for every chat endpoint and event, on a real node (issue 3, acceptance): malformed JSON, wrong types,
 * unknown and malformed ids, exceeded limits, no token. REST answers the JSON envelope with the right status and a
 * clear reason; WebSocket answers {@code server.warning} and still confirms; nothing is stored and the connection
 * stays usable. Non-members and wrong rights are covered by RightsE2ETest and GroupsE2ETest.
 */
class BadInputsE2ETest {
  static final String UNKNOWN = UUID.randomUUID().toString();
  static ChatFixture fx;
  static Person anna;
  static Person boris;
  static String group;
  static String message;

  @BeforeAll
  static void start() {
    fx = new ChatFixture();
    UUID team = fx.team();
    anna = fx.person(team);
    boris = fx.person(team);
  }

  /** A fresh group with one message (and the system one) for each test. */
  @BeforeEach
  void group() {
    group = Steps.group(anna, "Inputs", boris);
    message = anna.post("/chats/" + group + "/messages", Map.of("text", "the one message")).result()
        .path("message_id").asText();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  /** One refused REST call: method, path (relative to the team), raw body, expected status and error. */
  record Case(String method, String path, String body, int status, String error) {}

  static Case c(String method, String path, String body, int status, String error) {
    return new Case(method, path, body, status, error);
  }

  /** Verifies the refusals of the chat and message endpoints. */
  @Test
  void chatAndMessageEndpoints() {
    String chat = "/chats/" + group;
    String msgs = chat + "/messages";
    String one = msgs + "/" + message;
    String longText = "x".repeat(16_385);
    String tooManyLinked = "[" + String.join(",", Collections.nCopies(101, "\"" + message + "\"")) + "]";
    List<Case> cases = List.of(
        c("GET", "/chats?chat_type=channel", null, 422, "INVALID_DATA"),
        c("GET", "/chats?gentime_gt=yesterday", null, 422, "INVALID_DATA"),
        c("GET", "/chats?limit=-1", null, 422, "INVALID_DATA"),
        c("GET", "/chats/g-123", null, 404, "NOT_FOUND"),
        c("GET", "/chats/g-" + UNKNOWN, null, 404, "NOT_FOUND"),
        c("GET", "/chats/d-" + UNKNOWN, null, 404, "NOT_FOUND"),
        c("PUT", chat, "{\"hidden\":", 400, "BAD_REQUEST"),
        c("PUT", chat, "[true]", 422, "INVALID_DATA"),
        c("PUT", chat, "{\"hidden\":\"yes\"}", 422, "INVALID_DATA"),
        c("PUT", chat, "{\"pinned_sort_ordering\":1.5}", 422, "INVALID_DATA"),
        c("PUT", "/chats/g-" + UNKNOWN, "{\"hidden\":true}", 404, "NOT_FOUND"),
        c("GET", "/messages/" + group + "?limit=ten", null, 422, "INVALID_DATA"),
        c("GET", "/messages/" + group + "?old_from=" + UNKNOWN, null, 404, "NOT_FOUND"),
        c("GET", "/messages/" + group + "?around=xyz", null, 422, "INVALID_DATA"),
        c("GET", "/messages/" + group + "?date_to=2024-99-01", null, 422, "INVALID_DATA"),
        c("GET", "/messages/nonsense", null, 404, "NOT_FOUND"),
        c("GET", "/chats/t-" + UNKNOWN + "/messages", null, 404, "NOT_FOUND"),
        c("POST", msgs, "{\"text\":\"unterminated", 400, "BAD_REQUEST"),
        c("POST", msgs, null, 400, "BAD_REQUEST"),
        c("POST", msgs, "\"just a string\"", 422, "INVALID_DATA"),
        c("POST", msgs, "{\"text\":42}", 422, "INVALID_DATA"),
        c("POST", msgs, "{\"text\":\"x\",\"important\":\"very\"}", 422, "INVALID_DATA"),
        c("POST", msgs, "{\"text\":\"x\",\"linked_messages\":\"" + message + "\"}", 422, "INVALID_DATA"),
        c("POST", msgs, "{\"text\":\"" + longText + "\"}", 422, "INVALID_DATA"),
        c("POST", msgs, "{\"linked_messages\":" + tooManyLinked + "}", 422, "INVALID_DATA"),
        c("POST", msgs, "{\"text\":\"\"}", 422, "INVALID_DATA"),
        c("POST", msgs, "{\"text\":\"x\",\"message_id\":\"not-a-uuid\"}", 422, "INVALID_DATA"),
        c("POST", msgs, "{\"text\":\"x\",\"reply_to\":\"" + UNKNOWN + "\"}", 422, "INVALID_DATA"),
        c("POST", msgs, "{\"text\":\"x\",\"linked_messages\":[\"" + UNKNOWN + "\"]}", 422, "INVALID_DATA"),
        c("POST", msgs, "{\"text\":\"x\",\"uploads\":[\"" + UNKNOWN + "\"]}", 422, "INVALID_DATA"),
        c("POST", msgs, "{\"type\":\"image\",\"text\":\"x\"}", 422, "INVALID_DATA"),
        c("POST", msgs, "{\"type\":\"hologram\",\"text\":\"x\"}", 422, "INVALID_DATA"),
        c("POST", msgs, "{\"text\":\"x\",\"send_at\":\"2030-01-01T00:00:00Z\"}", 422, "INVALID_DATA"),
        c("POST", "/chats/g-" + UNKNOWN + "/messages", "{\"text\":\"x\"}", 404, "NOT_FOUND"),
        c("POST", "/chats/x-" + UNKNOWN + "/messages", "{\"text\":\"x\"}", 404, "NOT_FOUND"),
        c("POST", one, "{\"text\":", 400, "BAD_REQUEST"),
        c("POST", one, "{\"text\":[]}", 422, "INVALID_DATA"),
        c("POST", one, "{\"text\":\"" + longText + "\"}", 422, "INVALID_DATA"),
        c("POST", msgs + "/" + UNKNOWN, "{\"text\":\"x\"}", 404, "NOT_FOUND"),
        c("POST", msgs + "/1234", "{\"text\":\"x\"}", 404, "NOT_FOUND"),
        c("DELETE", msgs + "/" + UNKNOWN, null, 404, "NOT_FOUND"),
        c("DELETE", msgs + "/zzz", null, 404, "NOT_FOUND"),
        c("DELETE", "/chats/" + boris.jid() + "/messages/" + message, null, 404, "NOT_FOUND"),
        c("POST", one + "/reactions/" + "x".repeat(65), null, 422, "INVALID_DATA"),
        c("POST", msgs + "/" + UNKNOWN + "/reactions/x", null, 404, "NOT_FOUND"),
        c("POST", chat + "/pin/" + UNKNOWN, null, 422, "INVALID_DATA"),
        c("POST", chat + "/pin/nope", null, 404, "NOT_FOUND"),
        c("POST", chat + "/lastread", "{\"last_read_message_id\":", 400, "BAD_REQUEST"),
        c("POST", chat + "/lastread", "{\"last_read_message_id\":7}", 422, "INVALID_DATA"),
        c("POST", chat + "/lastread", "{\"last_read_message_id\":\"nope\"}", 422, "INVALID_DATA"),
        c("POST", chat + "/lastread", "{\"last_read_message_id\":\"" + UNKNOWN + "\"}", 404, "NOT_FOUND"),
        c("PUT", chat + "/draft", "{\"draft\":", 400, "BAD_REQUEST"),
        c("PUT", chat + "/draft", "{\"draft\":\"x\",\"revision\":-5}", 422, "INVALID_DATA"),
        c("GET", "/chats/g-" + UNKNOWN + "/draft", null, 404, "NOT_FOUND"));
    check(anna, cases);
    JsonNode history = anna.get("/messages/" + group).result().path("messages");
    assertEquals(2, history.size(), "nothing was stored: " + history);
  }

  /** Verifies the refusals of the group endpoints. */
  @Test
  void groupEndpoints() {
    String g = "/groups/" + group;
    Person stranger = fx.person(fx.team());
    List<Case> cases = List.of(
        c("POST", "/groups", "{\"display_name\":", 400, "BAD_REQUEST"),
        c("POST", "/groups", "[]", 422, "INVALID_DATA"),
        c("POST", "/groups", "{\"display_name\":5}", 422, "INVALID_DATA"),
        c("POST", "/groups", "{\"display_name\":\"x\",\"public\":\"yes\"}", 422, "INVALID_DATA"),
        c("POST", "/groups", "{\"display_name\":\"x\",\"members\":{}}", 422, "INVALID_DATA"),
        c("POST", "/groups", "{\"display_name\":\"x\",\"members\":[{\"jid\":\"nobody\"}]}", 422, "INVALID_DATA"),
        c("POST", "/groups", "{\"display_name\":\"x\",\"members\":[{\"jid\":\"g-" + UNKNOWN + "\"}]}", 422,
            "INVALID_DATA"),
        c("POST", "/groups", "{\"display_name\":\"x\",\"members\":[{\"jid\":\"" + boris.jid()
            + "\",\"status\":\"boss\"}]}", 422, "INVALID_DATA"),
        c("POST", "/groups", "{\"display_name\":\"" + "x".repeat(101) + "\"}", 422, "INVALID_DATA"),
        c("POST", "/groups", "{\"display_name\":\"\"}", 422, "INVALID_DATA"),
        c("POST", "/groups", "{\"display_name\":\"x\",\"autocleanup_age\":-1}", 422, "INVALID_DATA"),
        c("GET", "/groups/" + boris.jid(), null, 404, "NOT_FOUND"),
        c("GET", "/groups/g-" + UNKNOWN, null, 404, "NOT_FOUND"),
        c("PUT", g, "{\"display_name\":", 400, "BAD_REQUEST"),
        c("PUT", g, "{\"readonly_for_members\":1}", 422, "INVALID_DATA"),
        c("PUT", "/groups/g-" + UNKNOWN, "{\"display_name\":\"x\"}", 404, "NOT_FOUND"),
        c("DELETE", "/groups/g-" + UNKNOWN, null, 404, "NOT_FOUND"),
        c("GET", "/groups/g-" + UNKNOWN + "/members", null, 404, "NOT_FOUND"),
        c("POST", g + "/members", "{\"jid\":", 400, "BAD_REQUEST"),
        c("POST", g + "/members", "{}", 422, "INVALID_DATA"),
        c("POST", g + "/members", "{\"jid\":42}", 422, "INVALID_DATA"),
        c("POST", g + "/members", "{\"jid\":\"d-" + UNKNOWN + "\"}", 404, "NOT_FOUND"),
        c("POST", g + "/members", "{\"jid\":\"" + stranger.jid() + "\"}", 404, "NOT_FOUND"),
        c("PUT", g + "/members/" + boris.jid(), "{\"status\":\"owner\"}", 422, "INVALID_DATA"),
        c("PUT", g + "/members/" + boris.jid(), "{\"status\":null}", 422, "INVALID_DATA"),
        c("PUT", g + "/members/nobody", "{\"status\":\"admin\"}", 404, "NOT_FOUND"),
        c("DELETE", g + "/members/d-" + UNKNOWN, null, 404, "NOT_FOUND"),
        c("POST", "/groups/g-" + UNKNOWN + "/join", null, 404, "NOT_FOUND"));
    check(anna, cases);
    assertEquals(2, anna.get(g + "/members").result().path("members").size());
  }

  /** Verifies that every chat route wants a valid token, and refuses a body over the size limit. */
  @Test
  void tokensAndSizes() {
    TadaClient nobody = TadaClient.of(fx.node.baseUrl());
    TadaClient forged = nobody.withToken("forged-token");
    for (String path : List.of("/chats", "/chats/" + group, "/messages/" + group, "/groups",
        "/groups/" + group + "/members", "/chats/" + group + "/draft")) {
      assertEquals("EMPTY_TOKEN", nobody.get(anna.teamPath(path)).error(), path);
      assertEquals("INVALID_TOKEN", forged.get(anna.teamPath(path)).error(), path);
    }
    assertEquals(401, nobody.post(anna.teamPath("/chats/" + group + "/messages"), Map.of("text", "x")).status());
    RestResponse huge = anna.request("POST", "/chats/" + group + "/messages",
        "{\"text\":\"" + "x".repeat(2 << 20) + "\"}");
    assertEquals(413, huge.status(), huge::toString);
  }

  /** Verifies the refusals of the chat events: each warned with a clear message, confirmed, nothing stored. */
  @Test
  void chatEvents() {
    String longText = "x".repeat(16_385);
    List<String[]> cases = new ArrayList<>();
    cases.add(new String[] {"{\"event\":\"client.message.updated\",\"params\":[1],\"confirm_id\":\"%s\"}",
        "client.message.updated: params must be an object"});
    cases.add(new String[] {msg("\"content\":{\"text\":\"x\"}"), "client.message.updated: params.to is required"});
    cases.add(new String[] {msg("\"to\":5,\"content\":{\"text\":\"x\"}"), "client.message.updated: params.to:"});
    cases.add(new String[] {msg("\"to\":\"g-1\",\"content\":{\"text\":\"x\"}"),
        "client.message.updated: params.to: invalid JID uuid: g-1"});
    cases.add(new String[] {msg("\"to\":\"" + group + "\""), "client.message.updated: params.content is required"});
    cases.add(new String[] {msg("\"to\":\"" + group + "\",\"content\":\"x\""),
        "client.message.updated: params.content:"});
    cases.add(new String[] {msg("\"to\":\"" + group + "\",\"content\":{\"text\":true}"),
        "client.message.updated: params.content.text: must be a string"});
    cases.add(new String[] {msg("\"to\":\"" + group + "\",\"content\":{\"text\":\"" + longText + "\"}"),
        "text: the text has 16385 characters; at most 16384 are allowed"});
    cases.add(new String[] {msg("\"to\":\"" + group + "\",\"content\":{\"text\":\"\"}"),
        "text: a message needs text (or forwarded messages)"});
    cases.add(new String[] {msg("\"to\":\"" + group + "\",\"message_id\":\"x1\",\"content\":{\"text\":\"x\"}"),
        "message_id: not a message id (a UUID): x1"});
    cases.add(new String[] {msg("\"to\":\"" + group + "\",\"reply_to\":\"" + UNKNOWN
        + "\",\"content\":{\"text\":\"x\"}"),
        "reply_to: no such message in this chat"});
    cases.add(new String[] {msg("\"to\":\"" + group + "\",\"uploads\":[\"u\"],\"content\":{\"text\":\"x\"}"),
        "uploads: file uploads are not supported by this server yet"});
    cases.add(new String[] {msg("\"to\":\"g-" + UNKNOWN + "\",\"content\":{\"text\":\"x\"}"),
        "chat g-" + UNKNOWN + " not found"});
    cases.add(new String[] {event("client.message.deleted", "{}"),
        "client.message.deleted: params.message_id is required"});
    cases.add(new String[] {event("client.message.deleted", "{\"message_id\":1}"),
        "client.message.deleted: params.message_id: must be a string"});
    cases.add(new String[] {event("client.message.deleted", "{\"message_id\":\"nope\"}"),
        "message_id: not a message id (a UUID): nope"});
    cases.add(new String[] {event("client.message.deleted", "{\"message_id\":\"" + UNKNOWN + "\"}"),
        "message not found"});
    cases.add(new String[] {event("client.chat.lastread", "{}"), "client.chat.lastread: params.jid is required"});
    cases.add(new String[] {event("client.chat.lastread", "{\"jid\":\"" + group + "\",\"last_read_message_id\":\""
        + UNKNOWN + "\"}"), "message not found"});
    cases.add(new String[] {event("client.chat.lastread", "{\"jid\":\"" + group + "\",\"last_read_message_id\":\"x\"}"),
        "last_read_message_id: not a message id (a UUID): x"});
    cases.add(new String[] {event("client.chat.lastread", "{\"jid\":\"sd-" + UNKNOWN + "\"}"),
        "chat sd-" + UNKNOWN + " not found"});
    cases.add(new String[] {event("client.chat.composing", "{\"jid\":[]}"), "client.chat.composing: params.jid:"});
    cases.add(new String[] {event("client.chat.composing", "{\"jid\":\"" + group + "\",\"is_audio\":\"no\"}"),
        "client.chat.composing: params.is_audio: must be a boolean"});
    cases.add(new String[] {event("client.chat.composing", "{\"jid\":\"g-" + UNKNOWN + "\"}"),
        "chat g-" + UNKNOWN + " not found"});
    try (TadaSocket ws = anna.ws(); TadaSocket b = boris.ws()) {
      for (String[] bad : cases) {
        String id = UUID.randomUUID().toString().substring(0, 12);
        ws.sendRaw(String.format(bad[0], id));
        String warning = Steps.warned(ws, id);
        assertTrue(warning.startsWith(bad[1]), () -> "for " + bad[0].substring(0, Math.min(120, bad[0].length()))
            + ": expected a warning starting with \"" + bad[1] + "\", got \"" + warning + "\"");
      }
      ws.sendRaw("{\"event\":\"client.message.updated\",\"params\":{\"to\":");
      assertTrue(ws.awaitWarning().path("params").path("message").asText().startsWith("malformed JSON"));
      String ok = Steps.send(ws, group, "still usable");
      Steps.updated(b, ok);
      b.expectNone("server.chat.composing", Steps.QUIET);
    }
    assertEquals(3, anna.get("/messages/" + group).result().path("messages").size(), "only the last one stored");
  }

  private static String msg(String params) {
    return event("client.message.updated", "{" + params + "}");
  }

  private static String event(String name, String params) {
    return "{\"event\":\"" + name + "\",\"params\":" + params.replace("%", "%%") + ",\"confirm_id\":\"%s\"}";
  }

  private static void check(Person who, List<Case> cases) {
    for (Case c : cases) {
      RestResponse r = who.request(c.method(), c.path(), c.body());
      assertEquals(c.status(), r.status(), () -> c.method() + " " + c.path() + " " + abbreviate(c.body()) + ": " + r);
      assertEquals(c.error(), r.error(), () -> c.method() + " " + c.path() + ": " + r);
      assertTrue(!r.reason().isEmpty(), () -> "a readable reason for " + c.method() + " " + c.path() + ": " + r);
      if (c.status() == 422) {
        assertTrue(r.body().path("details").size() > 0, () -> "details name the field: " + r);
      }
    }
  }

  private static String abbreviate(String body) {
    return body == null ? "" : body.length() > 100 ? body.substring(0, 100) + "..." : body;
  }
}

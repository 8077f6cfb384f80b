package org.tadaserver.e2e.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.e2e.chats.Steps.first;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.IsoTime;
import org.tadaserver.testkit.client.RestResponse;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Deleting, reacting to and pinning messages on a real node (issue 3, points 3 and 9): the archived form reaches every
 * member, who may delete what, reactions with their details, and the pinned message of a chat.
 */
class MessageChangesE2ETest {
  static ChatFixture fx;

  @BeforeAll
  static void start() {
    fx = new ChatFixture();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  /** Verifies a delete by the author over WebSocket: every member gets the archived form; a repeat is a no-op. */
  @Test
  void authorDeletesOverWebSocket() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    String group = Steps.group(anna, "Deletes", boris);
    try (TadaSocket a = anna.ws(); TadaSocket b = boris.ws()) {
      String id = Steps.send(a, group, "oops");
      String keep = Steps.send(a, group, "keep");
      Steps.updated(b, id);
      int before = first(Steps.updated(b, keep)).path("num").asInt();
      a.awaitConfirm(a.send("client.message.deleted", Map.of("message_id", id)));
      for (TadaSocket ws : new TadaSocket[] {a, b}) {
        JsonNode event = Steps.updated(ws, id, m -> m.path("is_archive").asBoolean());
        assertTrue(event.path("delayed").asBoolean());
        JsonNode m = first(event);
        assertEquals("deleted", m.path("content").path("type").asText());
        assertTrue(m.has("edited"), "edited = the deletion time");
        assertFalse(m.has("num"), "a deleted message has no position");
      }
      String again = a.send("client.message.deleted", Map.of("message_id", id));
      a.awaitConfirm(again);
      a.expectNone("server.warning", Steps.QUIET);
      Steps.noUpdateOf(b, id, Duration.ZERO);
      JsonNode live = boris.get("/messages/" + group).result().path("messages");
      assertEquals(keep, live.get(0).path("message_id").asText(), "deleted messages leave the history");
      assertEquals(before - 1, live.get(0).path("num").asInt(), "later messages move up");
      JsonNode all = boris.get("/messages/" + group + "?include_deleted=true").result().path("messages");
      assertEquals(id, all.get(1).path("message_id").asText());
      assertTrue(all.get(1).path("is_archive").asBoolean());
    }
  }

  /** Verifies delete rights: not another member's message (WS and REST); a group admin may; REST answers the object. */
  @Test
  void deleteRights() {
    UUID team = fx.team();
    Person admin = fx.person(team);
    Person boris = fx.person(team);
    Person clara = fx.person(team);
    String group = Steps.group(admin, "Rights", boris, clara);
    try (TadaSocket b = boris.ws(); TadaSocket c = clara.ws()) {
      String borisMessage = Steps.send(b, group, "mine");
      String refused = c.send("client.message.deleted", Map.of("message_id", borisMessage));
      assertEquals("Only the author or a chat admin can delete this message", Steps.warned(c, refused));
      RestResponse rest = clara.delete("/chats/" + group + "/messages/" + borisMessage);
      assertEquals(403, rest.status(), rest::toString);
      assertEquals("ACCESS_DENIED", rest.error());
      JsonNode deleted = admin.delete("/chats/" + group + "/messages/" + borisMessage).result();
      assertTrue(deleted.path("is_archive").asBoolean(), "DELETE answers the archived message");
      assertEquals(borisMessage, deleted.path("message_id").asText());
      Steps.updated(b, borisMessage, m -> m.path("is_archive").asBoolean());
      String own = Steps.send(c, group, "own");
      assertTrue(clara.delete("/chats/" + group + "/messages/" + own).result().path("is_archive").asBoolean());
      RestResponse wrongChat = clara.delete("/chats/" + boris.jid() + "/messages/" + own);
      assertEquals(404, wrongChat.status(), "a message is reached only through its own chat");
    }
  }

  /** Verifies edit rights: another member cannot reuse a message id, over WebSocket or REST. */
  @Test
  void editRights() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    String group = Steps.group(anna, "Edit rights", boris);
    try (TadaSocket a = anna.ws(); TadaSocket b = boris.ws()) {
      String id = Steps.send(a, group, "anna's");
      Steps.updated(b, id);
      Steps.updated(a, id);
      String confirm = b.send("client.message.updated", Steps.message(group, id, "boris was here"));
      assertEquals("Only the author can edit a message", Steps.warned(b, confirm));
      RestResponse rest = boris.post("/chats/" + group + "/messages/" + id, Map.of("text", "boris again"));
      assertEquals(403, rest.status(), rest::toString);
      Steps.noUpdateOf(a, id, Steps.QUIET);
      String system = anna.get("/messages/" + group + "?include_deleted=true").result().path("messages")
          .findValues("message_id").stream().map(JsonNode::asText).filter(m -> !m.equals(id)).findFirst().orElseThrow();
      RestResponse editSystem = anna.post("/chats/" + group + "/messages/" + system, Map.of("text", "rewritten"));
      assertEquals(403, editSystem.status(), "system messages cannot be edited: " + editSystem);
    }
    assertEquals("anna's", anna.get("/messages/" + group + "?limit=1").result().path("messages").get(0)
        .path("content").path("text").asText());
  }

  /**
   * Verifies the team's max_message_update_age: editable_until follows it, and past it the author may neither edit
   * nor delete (WebSocket and REST), while a chat admin still deletes.
   */
  @Test
  void updateAge() throws InterruptedException {
    UUID team = fx.team();
    Person owner = fx.person(team, true);
    Person boris = fx.person(team);
    owner.client().put("/api/v4/teams/" + team, Map.of("max_message_update_age", 1)).result();
    String group = Steps.group(owner, "Fast", boris);
    try (TadaSocket b = boris.ws()) {
      String id = Steps.send(b, group, "quick");
      JsonNode m = first(Steps.updated(b, id));
      assertEquals(IsoTime.parse(m.path("created").asText()).plusSeconds(1),
          IsoTime.parse(m.path("editable_until").asText()));
      Thread.sleep(1_500);
      String edit = b.send("client.message.updated", Steps.message(group, id, "too late"));
      assertEquals("The message is older than 1 s and can no longer be edited", Steps.warned(b, edit));
      String delete = b.send("client.message.deleted", Map.of("message_id", id));
      assertEquals("The message is older than 1 s and can no longer be deleted", Steps.warned(b, delete));
      assertEquals(403, boris.post("/chats/" + group + "/messages/" + id, Map.of("text", "too late")).status());
      assertEquals(403, boris.delete("/chats/" + group + "/messages/" + id).status());
      assertTrue(owner.delete("/chats/" + group + "/messages/" + id).result().path("is_archive").asBoolean(),
          "a chat admin deletes at any age");
    }
  }

  /** Verifies reactions: added and removed over REST, with counter and details, pushed to every member. */
  @Test
  void reactions() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    String group = Steps.group(anna, "Reactions", boris);
    String thumbs = URLEncoder.encode("👍", StandardCharsets.UTF_8);
    try (TadaSocket a = anna.ws(); TadaSocket b = boris.ws()) {
      String id = Steps.send(a, group, "react to me");
      Steps.updated(b, id);
      String path = "/chats/" + group + "/messages/" + id + "/reactions/" + thumbs;
      JsonNode one = anna.post(path, null).result();
      assertEquals("👍", one.path("reactions").get(0).path("name").asText());
      assertEquals(1, one.path("reactions").get(0).path("counter").asInt());
      JsonNode seen = Steps.updated(b, id, m -> m.has("reactions"));
      assertTrue(seen.path("delayed").asBoolean());
      JsonNode two = boris.post(path, null).result().path("reactions").get(0);
      assertEquals(2, two.path("counter").asInt());
      assertEquals(2, two.path("details").size());
      assertEquals(two, first(Steps.updated(a, id, m -> m.path("reactions").path(0).path("counter").asInt() == 2))
          .path("reactions").get(0));
      assertEquals(2, boris.post(path, null).result().path("reactions").get(0).path("counter").asInt(), "idempotent");
      JsonNode removed = anna.delete(path).result().path("reactions").get(0);
      assertEquals(1, removed.path("counter").asInt());
      assertEquals(boris.jid(), removed.path("details").get(0).path("sender").asText());
      assertFalse(boris.delete(path).result().has("reactions"), "the last reaction gone, the key is left out");
    }
  }

  /** Verifies pins: a group admin pins and unpins, members get server.chat.updated, a plain member may not pin. */
  @Test
  void pins() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    String group = Steps.group(anna, "Pins", boris);
    try (TadaSocket a = anna.ws(); TadaSocket b = boris.ws()) {
      String id = Steps.send(a, group, "read the rules");
      JsonNode pinned = anna.post("/chats/" + group + "/pin/" + id, null).result();
      assertEquals(id, pinned.path("pinned_message").path("message_id").asText());
      JsonNode event = b.await("server.chat.updated", e -> e.path("params").path("chats").path(0)
          .path("pinned_message").path("message_id").asText().equals(id), Steps.WAIT);
      assertEquals(group, event.path("params").path("chats").get(0).path("jid").asText());
      assertEquals(id, boris.get("/chats/" + group).result().path("pinned_message").path("message_id").asText());
      RestResponse refused = boris.post("/chats/" + group + "/pin/" + id, null);
      assertEquals(403, refused.status(), refused::toString);
      assertEquals(id, anna.delete("/chats/" + group + "/pin/" + UUID.randomUUID()).result()
          .path("pinned_message").path("message_id").asText(), "another id unpins nothing");
      assertFalse(anna.delete("/chats/" + group + "/pin/" + id).result().has("pinned_message"));
      assertFalse(boris.get("/chats/" + group).result().has("pinned_message"));
      String direct = Steps.send(b, anna.jid(), "pin me");
      assertEquals(direct, boris.post("/chats/" + anna.jid() + "/pin/" + direct, null).result()
          .path("pinned_message").path("message_id").asText(), "either side pins in a direct chat");
      assertFalse(anna.delete("/chats/" + boris.jid() + "/pin").result().has("pinned_message"));
    }
  }
}

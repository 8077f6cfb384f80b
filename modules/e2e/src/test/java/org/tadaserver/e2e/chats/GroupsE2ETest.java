package org.tadaserver.e2e.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.testkit.client.RestResponse;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Group chats over REST on a real node (issue 3, point 2; reference §2.2 rows 16-21): create with tdclient's body,
 * members, statuses, update, delete, public groups and joining, {@code default_for_all}, {@code readonly_for_members},
 * and the system messages of member changes.
 */
class GroupsE2ETest {
  static ChatFixture fx;

  @BeforeAll
  static void start() {
    fx = new ChatFixture();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  /** tdclient's CreateGroup body: every key present, unset ones null or "". */
  static Map<String, Object> tdclientBody(String title) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("display_name", title);
    body.put("description", "");
    body.put("readonly_for_members", false);
    body.put("public", false);
    body.put("default_for_all", false);
    body.put("autocleanup_age", null);
    body.put("pinned_message", "");
    body.put("members", null);
    body.put("section", "");
    return body;
  }

  static List<String> members(Person viewer, String group) {
    List<String> jids = new ArrayList<>();
    viewer.get("/groups/" + group + "/members").result().path("members").forEach(m -> jids.add(m.path("jid").asText()));
    return jids;
  }

  /** Verifies tdclient's group test: created from its body, the creator is admin, one added member makes two. */
  @Test
  void createAndAddLikeTdclient() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    try (TadaSocket b = boris.ws()) {
      JsonNode group = anna.post("/groups", tdclientBody("Team room")).result();
      String jid = group.path("jid").asText();
      assertTrue(jid.startsWith("g-"), jid);
      assertEquals("group", group.path("chat_type").asText());
      assertEquals("Team room", group.path("display_name").asText());
      assertEquals("admin", group.path("status").asText());
      JsonNode added = anna.post("/groups/" + jid + "/members", Map.of("jid", boris.jid(), "status", "member"))
          .result();
      assertEquals("member", added.path("status").asText());
      assertEquals(2, members(anna, jid).size(), "the creator is a member too");
      JsonNode joined = Steps.aboutChat(b, "server.chat.updated", jid);
      assertEquals("Team room", joined.path("chats").get(0).path("display_name").asText());
      JsonNode listed = anna.get("/groups").result();
      assertTrue(listed.isArray());
      assertEquals(jid, listed.get(0).path("jid").asText());
    }
  }

  /** Verifies the system change messages of a group's life: created, member added, member removed. */
  @Test
  void systemMessages() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    Person clara = fx.person(team);
    String group = Steps.group(anna, "History", boris);
    try (TadaSocket b = boris.ws()) {
      anna.post("/groups/" + group + "/members", Map.of("jid", clara.jid())).result();
      JsonNode added = b.await("server.message.updated", e -> Steps.first(e.path("params")).path("content")
          .path("type").asText().equals("change"), Steps.WAIT).path("params");
      assertFalse(added.path("delayed").asBoolean(), "a system message is a new message for the members");
      anna.delete("/groups/" + group + "/members/" + clara.jid()).result();
    }
    JsonNode history = boris.get("/messages/" + group).result().path("messages");
    assertEquals(3, history.size(), history::toString);
    for (JsonNode m : history) {
      assertEquals("change", m.path("content").path("type").asText(), m::toString);
      assertFalse(m.path("push_text").asText().isEmpty(), m::toString);
    }
  }

  /** Verifies changing and deleting: admins only; members hear of it; a deleted group is gone but still synced. */
  @Test
  void updateAndDelete() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    String group = Steps.group(anna, "Before", boris);
    try (TadaSocket b = boris.ws()) {
      RestResponse refused = boris.put("/groups/" + group, Map.of("display_name", "Mine now"));
      assertEquals(403, refused.status(), refused::toString);
      assertEquals("After", anna.put("/groups/" + group, Map.of("display_name", "After", "description", "d"))
          .result().path("display_name").asText());
      b.await("server.chat.updated", e -> e.path("params").path("chats").path(0).path("display_name").asText()
          .equals("After"), Steps.WAIT);
      assertEquals(403, boris.delete("/groups/" + group).status());
      long before = boris.get("/chats/" + group).result().path("gentime").asLong();
      anna.delete("/groups/" + group).result();
      JsonNode deleted = Steps.aboutChat(b, "server.chat.deleted", group);
      assertTrue(deleted.path("chats").get(0).path("is_archive").asBoolean());
      assertTrue(deleted.has("team_unread"));
      JsonNode sync = boris.get("/chats?gentime_gt=" + before).result().path("objects");
      assertEquals(group, sync.get(0).path("jid").asText(), "delta sync brings the deleted group");
      assertFalse(sync.get(0).has("can_send_message"));
      assertEquals(0, boris.get("/groups").result().size());
      try (TadaSocket b2 = boris.ws()) {
        String confirm = b2.send("client.message.updated", Steps.message(group, UUID.randomUUID().toString(), "x"));
        assertFalse(Steps.warned(b2, confirm).isEmpty());
      }
    }
  }

  /** Verifies statuses and removal: PUT makes a member admin; a removed member gets chat.deleted; anyone may leave. */
  @Test
  void statusesRemovalAndLeaving() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    Person clara = fx.person(team);
    String group = Steps.group(anna, "Statuses", boris, clara);
    assertEquals(404, anna.put("/groups/" + group + "/members/" + fx.person(team).jid(), Map.of("status", "admin"))
        .status(), "only members have a status");
    assertEquals(403, boris.put("/groups/" + group + "/members/" + clara.jid(), Map.of("status", "admin")).status());
    assertEquals("admin", anna.put("/groups/" + group + "/members/" + boris.jid(), Map.of("status", "admin"))
        .result().path("status").asText());
    Map<String, String> statuses = new HashMap<>();
    anna.get("/groups/" + group + "/members").result().path("members")
        .forEach(m -> statuses.put(m.path("jid").asText(), m.path("status").asText()));
    assertEquals(Map.of(anna.jid(), "admin", boris.jid(), "admin", clara.jid(), "member"), statuses);
    assertEquals("New title", boris.put("/groups/" + group, Map.of("display_name", "New title")).result()
        .path("display_name").asText(), "the new admin may change the group");
    try (TadaSocket c = clara.ws()) {
      assertEquals(403, clara.delete("/groups/" + group + "/members/" + anna.jid()).status());
      boris.delete("/groups/" + group + "/members/" + clara.jid()).result();
      Steps.aboutChat(c, "server.chat.deleted", group);
      assertEquals(404, clara.get("/messages/" + group).status(), "a removed member reads nothing");
    }
    boris.delete("/groups/" + group + "/members/" + boris.jid()).result();
    assertEquals(List.of(anna.jid()), members(anna, group));
  }

  /** Verifies public groups: listed to non-members as joinable without their content, and joined by REST. */
  @Test
  void publicGroupsAreJoinable() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    String open = Steps.group(anna, Map.of("display_name", "Open", "public", true));
    String closed = Steps.group(anna, "Closed");
    try (TadaSocket a = anna.ws()) {
      Steps.send(a, open, "before boris");
    }
    JsonNode listed = boris.get("/groups").result();
    assertEquals(1, listed.size(), "public groups only");
    assertEquals(open, listed.get(0).path("jid").asText());
    assertTrue(listed.get(0).path("can_join").asBoolean());
    assertFalse(listed.get(0).has("last_message"), "a joinable group shows no messages");
    assertEquals(404, boris.get("/messages/" + open).status());
    assertEquals(404, boris.post("/groups/" + closed + "/join", null).status());
    JsonNode joined = boris.post("/groups/" + open + "/join", null).result();
    assertEquals("member", joined.path("status").asText());
    assertFalse(joined.path("can_join").asBoolean());
    assertEquals(3, boris.get("/messages/" + open).result().path("messages").size(), "created, joined, the message");
  }

  /** Verifies default_for_all: every member is in at once, and a contact who joins the team later is put in. */
  @Test
  void defaultForAll() {
    UUID team = fx.team();
    Person admin = fx.person(team, true);
    Person boris = fx.person(team);
    RestResponse notAdmin = boris.post("/groups", Map.of("display_name", "Mine", "default_for_all", true));
    assertEquals(403, notAdmin.status(), notAdmin::toString);
    String everyone = Steps.group(admin, Map.of("display_name", "Everyone", "default_for_all", true));
    assertEquals(everyone, boris.get("/groups").result().get(0).path("jid").asText());
    Person later = fx.person(fx.team());
    JsonNode contact = admin.post("/contacts", Map.of("user_uid", later.user().toString())).result();
    Person joined = later.in(team, contact.path("jid").asText());
    Steps.eventually("taken in on joining the team", () -> members(admin, everyone).contains(joined.jid()));
    assertEquals(everyone, joined.get("/groups").result().get(0).path("jid").asText());
  }

  /** Verifies readonly_for_members: plain members cannot write (WS and REST) and are told so; admins can. */
  @Test
  void readonlyGroups() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    String group = Steps.group(anna, Map.of("display_name", "News", "readonly_for_members", true), boris);
    JsonNode chat = boris.get("/chats/" + group).result();
    assertFalse(chat.path("can_send_message").asBoolean());
    assertEquals("Only group admins can write in this group", chat.path("cant_send_message_reason").asText());
    try (TadaSocket a = anna.ws(); TadaSocket b = boris.ws()) {
      String confirm = b.send("client.message.updated", Steps.message(group, UUID.randomUUID().toString(), "hey"));
      assertEquals("Only group admins can write in this group", Steps.warned(b, confirm));
      RestResponse rest = boris.post("/chats/" + group + "/messages", Map.of("text", "hey"));
      assertEquals(403, rest.status(), rest::toString);
      assertEquals("Only group admins can write in this group", rest.reason());
      String news = Steps.send(a, group, "news");
      Steps.updated(b, news);
    }
  }

  /** Verifies the title limit (422, clear message) on create and on both update routes; an empty title is refused. */
  @Test
  void titleLimits() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    String tooLong = "x".repeat(101);
    RestResponse created = anna.post("/groups", Map.of("display_name", tooLong));
    assertEquals(422, created.status(), created::toString);
    assertEquals("display_name: at most 100 characters", created.reason());
    assertEquals("at most 100 characters", created.body().path("details").path("display_name").asText());
    assertEquals(422, anna.post("/groups", Map.of("display_name", " ")).status());
    String group = Steps.group(anna, "x".repeat(100));
    assertEquals(422, anna.put("/groups/" + group, Map.of("display_name", tooLong)).status());
    assertEquals(422, anna.put("/chats/" + group, Map.of("display_name", tooLong)).status());
  }
}

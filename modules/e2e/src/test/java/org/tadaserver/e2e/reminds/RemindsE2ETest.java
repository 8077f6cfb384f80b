package org.tadaserver.e2e.reminds;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestNode;
import org.tadaserver.testkit.client.RestResponse;
import org.tadaserver.testkit.client.TadaSocket;

/** Reminds through REST and WebSocket on one real node: CRUD, events, firing, bad input and rights. */
class RemindsE2ETest {
  private static TestNode node;

  @BeforeAll
  static void start() {
    node = TestNode.start();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private record User(UUID team, CreatedUser created, TadaClient client) {
    String path(String rest) {
      return "/api/v4/teams/" + team + rest;
    }

    RestResponse post(String rest, Object body) {
      return client.post(path(rest), body);
    }

    TadaSocket ws() {
      TadaSocket ws = client.ws(team);
      ws.await("server.time");
      return ws;
    }
  }

  private static User user(UUID team) {
    CreatedUser created = node.admin().newUser(team, false);
    return new User(team, created, TadaClient.of(node.baseUrl()).withToken(created.token()));
  }

  private static String group(User owner) {
    return owner.post("/groups", Map.of("display_name", "g" + UUID.randomUUID().toString().substring(0, 6)))
        .result().path("jid").asText();
  }

  private static Map<String, Object> remind(String chat, Instant at, String comment) {
    return comment == null ? Map.of("chat", chat, "fire_at", at.toString())
        : Map.of("chat", chat, "fire_at", at.toString(), "comment", comment);
  }

  /** Verifies create, list, delete with the events to the owner's sessions only, and the shapes on the wire. */
  @Test
  void crudAndEvents() {
    UUID team = node.admin().createTeam();
    User owner = user(team);
    User teammate = user(team);
    try (TadaSocket mine = owner.ws(); TadaSocket theirs = teammate.ws()) {
      String chat = group(owner);
      JsonNode created = owner.post("/reminds", remind(chat, Instant.now().plusSeconds(3600), "look")).result();
      String uid = created.path("uid").asText();
      assertEquals(chat, created.path("chat").asText());
      assertEquals("look", created.path("comment").asText());
      assertTrue(created.path("fire_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"));
      JsonNode updated = mine.await("server.remind.updated");
      assertEquals(created, updated.path("params").path("reminds").get(0));
      JsonNode direct = owner.post("/reminds", remind(teammate.created().jid(), Instant.now().plusSeconds(7200),
          null)).result();
      assertTrue(direct.path("comment").isMissingNode(), "empty comment is left out");

      JsonNode list = owner.client().get(owner.path("/reminds")).result();
      assertEquals(List.of(uid, direct.path("uid").asText()), List.of(list.get(0).path("uid").asText(),
          list.get(1).path("uid").asText()));
      assertEquals(0, teammate.client().get(teammate.path("/reminds")).result().size());

      assertEquals("NOT_FOUND", errorOf(teammate.client().delete(teammate.path("/reminds/" + uid))));
      JsonNode deleted = owner.client().delete(owner.path("/reminds/" + uid)).result();
      assertEquals(uid, deleted.path("uid").asText());
      JsonNode event = mine.await("server.remind.deleted");
      assertEquals(uid, event.path("params").path("reminds").get(0).path("uid").asText());
      assertEquals("NOT_FOUND", errorOf(owner.client().delete(owner.path("/reminds/" + uid))));
      theirs.expectNone("server.remind.updated", Duration.ofMillis(300));
      theirs.expectNone("server.remind.deleted", Duration.ofMillis(10));
    }
  }

  /** Verifies that a remind fires once to every session of its owner, within 1 s of its time. */
  @Test
  void firesToEveryOwnerSession() {
    UUID team = node.admin().createTeam();
    User owner = user(team);
    try (TadaSocket first = owner.ws(); TadaSocket second = owner.ws()) {
      Instant at = Instant.now().plusMillis(1_500);
      String uid = owner.post("/reminds", remind(group(owner), at, "now")).result().path("uid").asText();
      for (TadaSocket ws : List.of(first, second)) {
        JsonNode fired = ws.await("server.remind.fired", e -> true, Duration.ofSeconds(5));
        long late = System.currentTimeMillis() - at.toEpochMilli();
        assertTrue(late < 1_000, "fired " + late + " ms late");
        assertEquals(uid, fired.path("params").path("reminds").get(0).path("uid").asText());
        ws.expectNone("server.remind.fired", Duration.ofMillis(500));
      }
      assertEquals(0, owner.client().get(owner.path("/reminds")).result().size());
    }
  }

  /** Verifies that a deleted remind never fires. */
  @Test
  void deletedNeverFires() {
    UUID team = node.admin().createTeam();
    User owner = user(team);
    try (TadaSocket ws = owner.ws()) {
      String uid = owner.post("/reminds", remind(group(owner), Instant.now().plusMillis(1_500), null)).result()
          .path("uid").asText();
      owner.client().delete(owner.path("/reminds/" + uid)).result();
      ws.expectNone("server.remind.fired", Duration.ofMillis(2_500));
    }
  }

  /** Verifies the refusals: malformed JSON, wrong types, missing or bad fields, unknown or foreign chats, no token. */
  @Test
  void badInputAndRights() {
    UUID team = node.admin().createTeam();
    User owner = user(team);
    User stranger = user(node.admin().createTeam());
    String chat = group(owner);
    String later = Instant.now().plusSeconds(600).toString();
    assertEquals("BAD_REQUEST", errorOf(owner.client().request("POST", owner.path("/reminds"), "{not json")));
    assertEquals(400, owner.client().request("POST", owner.path("/reminds"), "{not json").status());
    assertInvalid(owner.client().request("POST", owner.path("/reminds"), "[1]"), "body");
    assertInvalid(owner.post("/reminds", Map.of("chat", 5, "fire_at", later)), "chat");
    assertInvalid(owner.post("/reminds", Map.of("chat", chat, "fire_at", 17)), "fire_at");
    assertInvalid(owner.post("/reminds", Map.of("fire_at", later)), "chat");
    assertInvalid(owner.post("/reminds", Map.of("chat", "g-nope", "fire_at", later)), "chat");
    assertInvalid(owner.post("/reminds", Map.of("chat", "g-" + UUID.randomUUID(), "fire_at", later)), "chat");
    assertInvalid(owner.post("/reminds", Map.of("chat", chat)), "fire_at");
    assertInvalid(owner.post("/reminds", Map.of("chat", chat, "fire_at", "soon")), "fire_at");
    assertInvalid(owner.post("/reminds", Map.of("chat", chat, "fire_at", Instant.now().minusSeconds(5)
        .toString())), "fire_at");
    assertInvalid(owner.post("/reminds", Map.of("chat", chat, "fire_at", later, "comment", "x".repeat(5000))),
        "comment");
    // a group of another team is no chat of this team
    User other = user(stranger.team());
    assertInvalid(other.post("/reminds", Map.of("chat", chat, "fire_at", later)), "chat");
    assertEquals("NOT_FOUND", errorOf(stranger.client().get(owner.path("/reminds"))));
    assertEquals("NOT_FOUND", errorOf(owner.client().delete(owner.path("/reminds/not-a-uuid"))));
    assertEquals(401, TadaClient.of(node.baseUrl()).get(owner.path("/reminds")).status());
    assertEquals(0, owner.client().get(owner.path("/reminds")).result().size());
  }

  private static String errorOf(RestResponse response) {
    assertFalse(response.ok(), () -> "expected an error, got " + response);
    return response.error();
  }

  private static void assertInvalid(RestResponse response, String field) {
    assertEquals("INVALID_DATA", errorOf(response), response::toString);
    assertTrue(response.body().path("details").has(field), response::toString);
  }
}

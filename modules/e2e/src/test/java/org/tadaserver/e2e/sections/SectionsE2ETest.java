package org.tadaserver.e2e.sections;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
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

/** Sections and tags through REST and WebSocket on one real node: CRUD, team events, rights and bad input. */
class SectionsE2ETest {
  private static TestNode node;

  @BeforeAll
  static void start() {
    node = TestNode.start();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static TadaClient client(CreatedUser user) {
    return TadaClient.of(node.baseUrl()).withToken(user.token());
  }

  private static String path(UUID team, String rest) {
    return "/api/v4/teams/" + team + rest;
  }

  private static TadaSocket ws(CreatedUser user, UUID team) {
    TadaSocket ws = client(user).ws(team);
    ws.await("server.time");
    return ws;
  }

  /**
   * Verifies the section lifecycle of each kind as seen by a member: the admin's changes arrive as
   * server.section.updated/deleted with the kind, and a new contact section can be given to a contact.
   */
  @Test
  void sectionsOfEachKind() {
    UUID team = node.admin().createTeam();
    CreatedUser admin = node.admin().newUser(team, true);
    CreatedUser member = node.admin().newUser(team, false);
    TadaClient a = client(admin);
    try (TadaSocket watching = ws(member, team)) {
      for (String kind : List.of("direct", "group", "task")) {
        JsonNode made = a.post(path(team, "/sections/" + kind), Map.of("name", "Ops " + kind, "sort_ordering", 3,
            "description", "d")).result();
        String uid = made.path("uid").asText();
        assertEquals("Ops " + kind, made.path("name").asText());
        assertEquals(3, made.path("sort_ordering").asInt());
        assertTrue(made.path("gentime").asLong() > 0);
        JsonNode updated = watching.await("server.section.updated");
        assertEquals(kind, updated.path("params").path("chat_type").asText());
        assertEquals(made, updated.path("params").path("sections").get(0));
        JsonNode list = client(member).get(path(team, "/sections/" + kind)).result();
        assertEquals(List.of(uid), List.of(list.get(0).path("uid").asText()));

        JsonNode renamed = a.put(path(team, "/sections/" + kind + "/" + uid), Map.of("name", "Ops")).result();
        assertEquals("Ops", renamed.path("name").asText());
        assertEquals(3, renamed.path("sort_ordering").asInt());
        assertEquals(renamed, watching.await("server.section.updated").path("params").path("sections").get(0));

        if (kind.equals("direct")) {
          JsonNode contact = a.post(path(team, "/contacts/" + member.jid()), Map.of("sections", List.of(uid)))
              .result();
          assertEquals(uid, contact.path("sections").get(0).asText());
          watching.drain();
        }
        JsonNode deleted = a.delete(path(team, "/sections/" + kind + "/" + uid)).result();
        assertEquals(uid, deleted.path("uid").asText());
        JsonNode gone = watching.await("server.section.deleted");
        assertEquals(kind, gone.path("params").path("chat_type").asText());
        assertEquals(deleted, gone.path("params").path("sections").get(0));
        assertEquals(0, client(member).get(path(team, "/sections/" + kind)).result().size());
      }
    }
  }

  /** Verifies tags: create, list, rename, delete, each announced to the team. */
  @Test
  void tags() {
    UUID team = node.admin().createTeam();
    CreatedUser admin = node.admin().newUser(team, true);
    CreatedUser member = node.admin().newUser(team, false);
    TadaClient a = client(admin);
    try (TadaSocket watching = ws(member, team)) {
      JsonNode tag = a.post(path(team, "/tags"), Map.of("name", "urgent")).result();
      assertEquals("urgent", tag.path("name").asText());
      assertEquals(tag, watching.await("server.tag.updated").path("params").path("tags").get(0));
      assertEquals(List.of(tag), List.of(client(member).get(path(team, "/tags")).result().get(0)));
      String uid = tag.path("uid").asText();
      JsonNode renamed = a.put(path(team, "/tags/" + uid), Map.of("name", "later")).result();
      assertEquals("later", renamed.path("name").asText());
      watching.await("server.tag.updated", e -> e.path("params").path("tags").get(0).equals(renamed),
          Duration.ofSeconds(10));
      assertEquals(uid, a.delete(path(team, "/tags/" + uid)).result().path("uid").asText());
      assertEquals(uid, watching.await("server.tag.deleted").path("params").path("tags").get(0).path("uid")
          .asText());
      assertEquals(0, a.get(path(team, "/tags")).result().size());
    }
  }

  /** Verifies refusals: members change nothing, strangers see nothing, bad kinds, bodies and names. */
  @Test
  void rightsAndBadInput() {
    UUID team = node.admin().createTeam();
    CreatedUser admin = node.admin().newUser(team, true);
    CreatedUser member = node.admin().newUser(team, false);
    CreatedUser stranger = node.admin().newUser(node.admin().createTeam(), true);
    TadaClient a = client(admin);
    TadaClient m = client(member);
    String section = a.post(path(team, "/sections/group"), Map.of("name", "Taken")).result().path("uid").asText();
    String tag = a.post(path(team, "/tags"), Map.of("name", "bug")).result().path("uid").asText();

    assertError(m.post(path(team, "/sections/group"), Map.of("name", "x")), 403, "ACCESS_DENIED");
    assertError(m.post(path(team, "/sections/task"), Map.of("name", "x")), 403, "ACCESS_DENIED");
    assertError(m.put(path(team, "/sections/group/" + section), Map.of("name", "x")), 403, "ACCESS_DENIED");
    assertError(m.delete(path(team, "/sections/group/" + section)), 403, "ACCESS_DENIED");
    assertError(m.post(path(team, "/tags"), Map.of("name", "x")), 403, "ACCESS_DENIED");
    assertError(m.delete(path(team, "/tags/" + tag)), 403, "ACCESS_DENIED");
    assertError(client(stranger).get(path(team, "/sections/group")), 404, "NOT_FOUND");
    assertError(client(stranger).get(path(team, "/tags")), 404, "NOT_FOUND");
    assertError(TadaClient.of(node.baseUrl()).get(path(team, "/tags")), 401, "EMPTY_TOKEN");

    assertError(a.get(path(team, "/sections/meeting")), 404, "NOT_FOUND");
    assertError(a.delete(path(team, "/sections/task/" + section)), 404, "NOT_FOUND");
    assertError(a.delete(path(team, "/sections/group/not-a-uuid")), 404, "NOT_FOUND");
    assertError(a.request("POST", path(team, "/sections/group"), "{oops"), 400, "BAD_REQUEST");
    assertInvalid(a.post(path(team, "/sections/group"), Map.of("name", "x", "sort_ordering", "1")),
        "sort_ordering");
    assertInvalid(a.post(path(team, "/sections/group"), Map.of("name", "x", "sort_ordering", -1)), "sort_ordering");
    assertInvalid(a.post(path(team, "/sections/group"), Map.of("sort_ordering", 1)), "name");
    assertInvalid(a.post(path(team, "/sections/group"), Map.of("name", "TAKEN")), "name");
    assertInvalid(a.post(path(team, "/sections/group"), Map.of("name", "x".repeat(500))), "name");
    assertInvalid(a.post(path(team, "/tags"), Map.of("name", 7)), "name");
    assertInvalid(a.post(path(team, "/tags"), Map.of("name", " ")), "name");
    assertInvalid(a.post(path(team, "/tags"), Map.of("name", "BUG")), "name");
    assertEquals(1, a.get(path(team, "/sections/group")).result().size());
    assertEquals(1, a.get(path(team, "/tags")).result().size());
  }

  private static void assertError(RestResponse response, int status, String error) {
    assertEquals(status, response.status(), response::toString);
    assertEquals(error, response.error(), response::toString);
  }

  private static void assertInvalid(RestResponse response, String field) {
    assertError(response, 422, "INVALID_DATA");
    assertTrue(response.body().path("details").has(field), response::toString);
  }
}

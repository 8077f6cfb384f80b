package org.tadaserver.e2e.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.e2e.rest.Api.error;
import static org.tadaserver.e2e.rest.Api.json;
import static org.tadaserver.e2e.rest.Api.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Limits;
import org.tadaserver.testkit.TestNode;

/** Team routes on a real node: list, create, read (with {@code me}), change; strangers, members and bad input. */
class TeamsE2ETest {
  static TestNode node;
  static Api api;
  static UUID team;
  /** The first admin of a team becomes its owner; {@link #admin} is a plain admin. */
  static CreatedUser owner;
  static CreatedUser admin;
  static CreatedUser member;
  static CreatedUser stranger;

  @BeforeAll
  static void start() {
    node = TestNode.start();
    api = new Api(node.baseUrl());
    team = node.admin().createTeam("Team A");
    owner = node.admin().newUser(team, true);
    admin = node.admin().newUser(team, true);
    member = node.admin().newUser(team, false);
    stranger = node.admin().newUser(node.admin().createTeam("Team B"), false);
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  static JsonNode find(JsonNode teams, UUID uid) {
    for (JsonNode t : teams) {
      if (t.path("uid").asText().equals(uid.toString())) {
        return t;
      }
    }
    throw new AssertionError(uid + " not in " + teams);
  }

  /** Verifies that the list (with and without a trailing slash) holds the caller's teams, each with its me. */
  @Test
  void listTeams() {
    JsonNode teams = ok(api.as(member.token(), "GET", "/api/v4/teams", null));
    assertEquals(member.jid(), find(teams, team).path("me").path("jid").asText());
    assertEquals(teams.size(), ok(api.as(member.token(), "GET", "/api/v4/teams/", null)).size());
    JsonNode strangers = ok(api.as(stranger.token(), "GET", "/api/v4/teams", null));
    assertTrue(!strangers.toString().contains(team.toString()), "a stranger does not see the team");
  }

  /** Verifies one team with the caller's own contact as me. */
  @Test
  void getTeamWithMe() {
    JsonNode t = ok(api.as(member.token(), "GET", "/api/v4/teams/" + team, null));
    assertEquals(team.toString(), t.path("uid").asText());
    assertEquals(member.jid(), t.path("me").path("jid").asText());
    assertEquals("member", t.path("me").path("status").asText());
    assertEquals("admin", ok(api.as(admin.token(), "GET", "/api/v4/teams/" + team + "/", null))
        .path("me").path("status").asText());
    assertEquals("owner", ok(api.as(owner.token(), "GET", "/api/v4/teams/" + team, null))
        .path("me").path("status").asText());
  }

  /** Verifies that creating a team makes the caller its owner, who may add people, and that it is listed. */
  @Test
  void createTeam() {
    JsonNode created = ok(api.as(member.token(), "POST", "/api/v4/teams", json("name", "Created by member")));
    assertEquals("Created by member", created.path("name").asText());
    assertEquals("owner", created.path("me").path("status").asText());
    assertTrue(created.path("me").path("can_add_to_team").asBoolean(), created.toString());
    UUID uid = UUID.fromString(created.path("uid").asText());
    find(ok(api.as(member.token(), "GET", "/api/v4/teams", null)), uid);
    assertEquals("owner", ok(api.as(member.token(), "GET", "/api/v4/teams/" + uid, null))
        .path("me").path("status").asText());
  }

  /** Verifies the create-team bad inputs: missing, blank and too-long names, wrong types, malformed JSON. */
  @Test
  void createTeamBadInput() {
    int max = Limits.DEFAULTS.maxTeamTitleLength();
    assertEquals("required", error(api.as(member.token(), "POST", "/api/v4/teams", "{}"), ApiError.INVALID_DATA)
        .path("details").path("name").asText());
    error(api.as(member.token(), "POST", "/api/v4/teams", json("name", "   ")), ApiError.INVALID_DATA);
    JsonNode tooLong = error(api.as(member.token(), "POST", "/api/v4/teams", json("name", "n".repeat(max + 1))),
        ApiError.INVALID_DATA);
    assertTrue(tooLong.path("details").has("name"), tooLong.toString());
    ok(api.as(member.token(), "POST", "/api/v4/teams", json("name", "n".repeat(max))));
    error(api.as(member.token(), "POST", "/api/v4/teams", "{\"name\":[\"x\"]}"), ApiError.INVALID_DATA);
    error(api.as(member.token(), "POST", "/api/v4/teams", "{\"name\":\"x\",\"use_patronymic\":\"yes\"}"),
        ApiError.INVALID_DATA);
    error(api.as(member.token(), "POST", "/api/v4/teams", "name=x"), ApiError.BAD_REQUEST);
  }

  /** Verifies that an admin may rename the team, a member may not (403) and a stranger sees nothing (404). */
  @Test
  void updateTeam() {
    assertEquals("Team A renamed", ok(api.as(admin.token(), "PUT", "/api/v4/teams/" + team, json("name", "Team A renamed")))
        .path("name").asText());
    assertEquals("Team A renamed", ok(api.as(member.token(), "GET", "/api/v4/teams/" + team, null)).path("name").asText());
    error(api.as(member.token(), "PUT", "/api/v4/teams/" + team, json("name", "Mine now")), ApiError.ACCESS_DENIED);
    error(api.as(stranger.token(), "PUT", "/api/v4/teams/" + team, json("name", "Mine now")), ApiError.NOT_FOUND);
    int max = Limits.DEFAULTS.maxTeamTitleLength();
    error(api.as(admin.token(), "PUT", "/api/v4/teams/" + team, json("name", "n".repeat(max + 1))), ApiError.INVALID_DATA);
    error(api.as(admin.token(), "PUT", "/api/v4/teams/" + team, json("name", "")), ApiError.INVALID_DATA);
    error(api.as(admin.token(), "PUT", "/api/v4/teams/" + team, "{\"name\":"), ApiError.BAD_REQUEST);
    error(api.as(admin.token(), "DELETE", "/api/v4/teams/" + team + "/contacts", null), ApiError.INVALID_METHOD);
  }

  /** Verifies that a team of someone else answers exactly like a team that does not exist, and bad ids like both. */
  @Test
  void foreignAndUnknownTeamsLookTheSame() {
    JsonNode unknown = error(api.as(stranger.token(), "GET", "/api/v4/teams/" + UUID.randomUUID(), null),
        ApiError.NOT_FOUND);
    JsonNode foreign = error(api.as(stranger.token(), "GET", "/api/v4/teams/" + team, null), ApiError.NOT_FOUND);
    assertEquals(unknown, foreign);
    assertEquals(unknown, error(api.as(stranger.token(), "GET", "/api/v4/teams/not-a-uuid", null), ApiError.NOT_FOUND));
    assertEquals(unknown, error(api.as(stranger.token(), "GET", "/api/v4/teams/d-" + team, null), ApiError.NOT_FOUND));
    error(api.send("GET", "/api/v4/teams/" + team, null), ApiError.EMPTY_TOKEN);
  }
}

package org.tadaserver.e2e.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.e2e.rest.Api.error;
import static org.tadaserver.e2e.rest.Api.json;
import static org.tadaserver.e2e.rest.Api.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Limits;
import org.tadaserver.testkit.TestNode;

/** Contact routes on a real node: list and filter, read, add, change, archive; strangers, members and bad input. */
class ContactsE2ETest {
  static TestNode node;
  static Api api;
  static UUID team;
  static UUID otherTeam;
  static String contacts;
  /** The first admin of a team becomes its owner; {@link #admin} is a plain admin. */
  static CreatedUser owner;
  static CreatedUser admin;
  static CreatedUser member;
  static CreatedUser stranger;

  @BeforeAll
  static void start() {
    node = TestNode.start();
    api = new Api(node.baseUrl());
    team = node.admin().createTeam("Contacts team");
    contacts = "/api/v4/teams/" + team + "/contacts";
    owner = node.admin().newUser(team, true);
    admin = node.admin().newUser(team, true);
    member = node.admin().newUser(team, false);
    otherTeam = node.admin().createTeam("Other team");
    stranger = node.admin().newUser(otherTeam, false);
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  static List<String> jids(JsonNode list) {
    assertTrue(list.isArray(), "a bare JSON array: " + list);
    List<String> jids = new ArrayList<>();
    list.forEach(c -> jids.add(c.path("jid").asText()));
    return jids;
  }

  /** Verifies the list: a bare array, the same with and without the trailing slash, zeros meaning "not set". */
  @Test
  void list() {
    List<String> all = jids(ok(api.as(member.token(), "GET", contacts + "/", null)));
    assertTrue(all.containsAll(List.of(admin.jid(), member.jid())), all.toString());
    assertFalse(all.contains(stranger.jid()));
    assertEquals(all, jids(ok(api.as(member.token(), "GET", contacts, null))));
    assertEquals(all, jids(ok(api.as(member.token(), "GET", contacts + "?limit=0&offset=0", null))));
  }

  /** Verifies the ContactFilter parameters. */
  @Test
  void filter() {
    List<String> admins = jids(ok(api.as(member.token(), "GET", contacts + "?status=admin,owner", null)));
    assertTrue(admins.containsAll(List.of(owner.jid(), admin.jid())), admins.toString());
    assertFalse(admins.contains(member.jid()));
    assertEquals(List.of(owner.jid()), jids(ok(api.as(member.token(), "GET", contacts + "?status=owner", null))));
    assertEquals(List.of(member.jid()), jids(ok(api.as(admin.token(), "GET", contacts + "?id=" + member.jid(), null))));
    assertFalse(jids(ok(api.as(member.token(), "GET", contacts + "?without_me=true", null))).contains(member.jid()));
    assertEquals(1, jids(ok(api.as(member.token(), "GET", contacts + "?limit=1&offset=1", null))).size());
    JsonNode bad = error(api.as(member.token(), "GET", contacts + "?limit=-1&status=king&id=g-" + team, null),
        ApiError.INVALID_DATA);
    assertTrue(bad.path("details").has("limit") && bad.path("details").has("status") && bad.path("details").has("id"),
        bad.toString());
    error(api.as(member.token(), "GET", contacts + "?is_archived=perhaps", null), ApiError.INVALID_DATA);
  }

  /** Verifies one contact by JID, and that unknown, foreign and malformed JIDs all get the same 404. */
  @Test
  void getOne() {
    JsonNode one = ok(api.as(member.token(), "GET", contacts + "/" + admin.jid(), null));
    assertEquals(admin.jid(), one.path("jid").asText());
    assertEquals("admin", one.path("status").asText());
    JsonNode unknown = error(api.as(member.token(), "GET", contacts + "/d-" + UUID.randomUUID(), null),
        ApiError.NOT_FOUND);
    assertEquals(unknown, error(api.as(member.token(), "GET", contacts + "/" + stranger.jid(), null), ApiError.NOT_FOUND));
    assertEquals(unknown, error(api.as(member.token(), "GET", contacts + "/g-" + UUID.randomUUID(), null),
        ApiError.NOT_FOUND));
    assertEquals(unknown, error(api.as(member.token(), "GET", contacts + "/alice", null), ApiError.NOT_FOUND));
  }

  /** Verifies that a user of another team gets the same 404 as for a team that does not exist, on every route. */
  @Test
  void strangersSeeNothing() {
    String unknownTeam = "/api/v4/teams/" + UUID.randomUUID() + "/contacts";
    JsonNode unknown = error(api.as(stranger.token(), "GET", unknownTeam, null), ApiError.NOT_FOUND);
    assertEquals(unknown, error(api.as(stranger.token(), "GET", contacts, null), ApiError.NOT_FOUND));
    assertEquals(unknown, error(api.as(stranger.token(), "GET", contacts + "/" + member.jid(), null), ApiError.NOT_FOUND));
    assertEquals(unknown, error(api.as(stranger.token(), "POST", contacts + "/" + member.jid(), json("role", "x")),
        ApiError.NOT_FOUND));
    assertEquals(unknown, error(api.as(stranger.token(), "DELETE", contacts + "/" + member.jid(), null),
        ApiError.NOT_FOUND));
    assertEquals(unknown, error(api.as(stranger.token(), "POST", contacts, json("user_uid", stranger.user().toString())),
        ApiError.NOT_FOUND));
  }

  /** Verifies that an admin adds an existing user, adding again returns the same contact, and a member may not add. */
  @Test
  void addExistingUser() {
    CreatedUser newcomer = node.admin().newUser(otherTeam, false);
    String body = json("user_uid", newcomer.user().toString(), "phone", "", "status", "", "role", "");
    error(api.as(member.token(), "POST", contacts, body), ApiError.ACCESS_DENIED);
    JsonNode added = ok(api.as(admin.token(), "POST", contacts, body));
    String jid = added.path("jid").asText();
    assertTrue(jid.startsWith("d-"), added.toString());
    assertEquals(jid, ok(api.as(admin.token(), "POST", contacts + "/", body)).path("jid").asText());
    assertTrue(jids(ok(api.as(member.token(), "GET", contacts, null))).contains(jid));
    assertTrue(ok(api.as(newcomer.token(), "GET", "/api/v4/teams", null)).toString().contains(team.toString()));
  }

  /** Verifies the add-contact bad inputs: no account named, unknown user, wrong types, malformed JSON. */
  @Test
  void addBadInput() {
    error(api.as(admin.token(), "POST", contacts, json("phone", "", "given_name", "Nobody")), ApiError.INVALID_DATA);
    error(api.as(admin.token(), "POST", contacts, json("user_uid", UUID.randomUUID().toString())), ApiError.NOT_FOUND);
    JsonNode wrongType = error(api.as(admin.token(), "POST", contacts, "{\"user_uid\":123}"), ApiError.INVALID_DATA);
    assertEquals("must be a string", wrongType.path("details").path("user_uid").asText());
    error(api.as(admin.token(), "POST", contacts, "{\"user_uid\""), ApiError.BAD_REQUEST);
  }

  /** Verifies that a member changes their own settings, and may not change someone else (403). */
  @Test
  void changeOwnSettings() {
    CreatedUser self = node.admin().newUser(team, false);
    JsonNode changed = ok(api.as(self.token(), "POST", contacts + "/" + self.jid(), json("alt_send", true, "mood", "busy")));
    assertEquals(self.jid(), changed.path("jid").asText());
    assertTrue(changed.path("alt_send").asBoolean(), changed.toString());
    assertEquals("busy", ok(api.as(member.token(), "GET", contacts + "/" + self.jid(), null)).path("mood").asText());
    error(api.as(self.token(), "POST", contacts + "/" + admin.jid(), json("role", "boss")), ApiError.ACCESS_DENIED);
    error(api.as(self.token(), "POST", contacts + "/" + self.jid(), "{\"alt_send\":\"yes\"}"), ApiError.INVALID_DATA);
    error(api.as(self.token(), "POST", contacts + "/" + self.jid(), json("mood", "m".repeat(Limits.DEFAULTS.maxMoodLength() + 1))),
        ApiError.INVALID_DATA);
    error(api.as(self.token(), "POST", contacts + "/" + self.jid(), null), ApiError.BAD_REQUEST);
  }

  /** Verifies that an admin changes a member's role and status, with bad values refused. */
  @Test
  void adminChangesRoleAndStatus() {
    CreatedUser target = node.admin().newUser(team, false);
    JsonNode changed = ok(api.as(admin.token(), "POST", contacts + "/" + target.jid() + "/",
        json("role", "Engineer", "status", "admin")));
    assertEquals("Engineer", changed.path("role").asText());
    assertEquals("admin", changed.path("status").asText());
    error(api.as(admin.token(), "POST", contacts + "/" + target.jid(), json("status", "king")), ApiError.INVALID_DATA);
    error(api.as(admin.token(), "POST", contacts + "/" + target.jid(),
        json("role", "r".repeat(Limits.DEFAULTS.maxRoleLength() + 1))), ApiError.INVALID_DATA);
    error(api.as(member.token(), "POST", contacts + "/" + target.jid(), json("status", "guest")), ApiError.ACCESS_DENIED);
  }

  /** Verifies that archiving is for admins: a member gets 403, an admin gets the contact with is_archive. */
  @Test
  void archive() {
    CreatedUser leaving = node.admin().newUser(team, false);
    error(api.as(member.token(), "DELETE", contacts + "/" + leaving.jid(), null), ApiError.ACCESS_DENIED);
    JsonNode archived = ok(api.as(admin.token(), "DELETE", contacts + "/" + leaving.jid(), null));
    assertEquals(leaving.jid(), archived.path("jid").asText());
    assertTrue(archived.path("is_archive").asBoolean(), archived.toString());
    assertFalse(jids(ok(api.as(member.token(), "GET", contacts, null))).contains(leaving.jid()));
    assertTrue(jids(ok(api.as(member.token(), "GET", contacts + "?is_archived=true", null))).contains(leaving.jid()));
    error(api.as(admin.token(), "DELETE", contacts + "/d-" + UUID.randomUUID(), null), ApiError.NOT_FOUND);
    error(api.as(admin.token(), "DELETE", contacts + "/" + admin.jid(), null), ApiError.ACCESS_DENIED);
    error(api.as(admin.token(), "DELETE", contacts + "/" + owner.jid(), null), ApiError.ACCESS_DENIED);
  }
}

package org.tadaserver.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.bus.testing.Await.failsWith;
import static org.tadaserver.directory.DirectoryFixture.isEvent;
import static org.tadaserver.directory.DirectoryFixture.teamRequest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tadaserver.store.chat.Notebot;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.Delivery;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Envelope;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.Contact;
import org.tadaserver.protocol.model.Team;

class TeamTest {
  static DirectoryFixture fx;

  @BeforeAll
  static void up() {
    fx = new DirectoryFixture();
  }

  @AfterAll
  static void down() {
    fx.close();
  }

  /** Verifies POST /teams: the caller owns the new team, with full rights and all five unread keys at zero. */
  @Test
  void createTeamMakesCallerOwner() {
    DirectoryFixture.Members t = fx.team();
    Caller owner = fx.caller(t.owner());
    Team team = await(fx.service.createTeam(owner, teamRequest("{'name':'  Apollo Program  '}")));
    assertEquals("Apollo Program", team.name());
    assertEquals(TeamStatus.OWNER, team.me().status());
    assertTrue(team.me().canAddToTeam());
    assertTrue(team.me().canManageSections() && team.me().canCreateGroup() && team.me().canCreateTeam());
    assertEquals(List.of(TeamStatus.OWNER, TeamStatus.ADMIN, TeamStatus.MEMBER, TeamStatus.GUEST),
        team.changeableStatuses());
    assertEquals(team.me().jid(), team.owner().jid());
    assertEquals("AP", team.icons().letters());
    assertEquals(1, team.contacts().size());
    JsonNode json = Wire.mapper().valueToTree(team);
    for (String key : List.of("direct", "group", "task", "meeting", "thread")) {
      assertEquals(0, json.path("unread").path(key).path("messages").asInt(-1), key);
      assertEquals(0, json.path("unread").path(key).path("chats").asInt(-1), key);
    }
    assertTrue(json.path("icons").path("sm").path("url").asText().startsWith("data:image/svg+xml"));
    assertTrue(json.has("gentime") && json.get("gentime").isIntegralNumber());
    assertEquals("d-" + Notebot.uid(UUID.fromString(team.uid())), json.path("notebot").asText(), "the notes bot");
    Team fetched = await(fx.service.team(owner, UUID.fromString(team.uid())));
    assertEquals(team.me().jid(), fetched.me().jid());
    assertTrue(await(fx.service.teams(owner)).stream().anyMatch(x -> x.uid().equals(team.uid())));
    fx.awaitDeliveries(d -> d.users().equals(List.of(t.owner().user())) && isEvent(d, "server.team.updated")
        && d.event().contains(team.uid()));
  }

  /** Verifies that team names are checked: required, not blank, at most maxTeamTitleLength characters. */
  @Test
  void teamNameIsValidated() {
    Caller owner = fx.caller(fx.team().owner());
    failsWith(ApiError.INVALID_DATA, fx.service.createTeam(owner, teamRequest("{}")));
    failsWith(ApiError.INVALID_DATA, fx.service.createTeam(owner, teamRequest("{'name':'   '}")));
    String tooLong = "x".repeat(101);
    assertEquals("name", failsWith(ApiError.INVALID_DATA,
        fx.service.createTeam(owner, teamRequest("{'name':'" + tooLong + "'}"))).details().keySet().iterator().next());
    await(fx.service.createTeam(owner, teamRequest("{'name':'" + "я".repeat(100) + "'}")));
    failsWith(ApiError.INVALID_DATA, fx.service.createTeam(owner,
        teamRequest("{'name':'ok','default_task_deadline':'25:99'}")));
    failsWith(ApiError.INVALID_DATA, fx.service.createTeam(owner,
        teamRequest("{'name':'ok','max_message_update_age':-1}")));
    failsWith(ApiError.INVALID_DATA, fx.service.createTeam(owner,
        teamRequest("{'name':'ok','task_importance_min':9,'task_importance_max':3}")));
    failsWith(ApiError.BAD_REQUEST, fx.service.createTeam(owner, null));
  }

  /** Verifies that contacts listed at creation join (as members by default); an unknown account fails it all. */
  @Test
  void createTeamWithContacts() {
    DirectoryFixture.Members t = fx.team();
    CreatedUser other = fx.user(t.team(), false);
    Caller owner = fx.caller(t.owner());
    Team team = await(fx.service.createTeam(owner, teamRequest(
        "{'name':'Crew','contacts':[{'user_uid':'" + other.user() + "','role':'Pilot'}]}")));
    assertEquals(2, team.contacts().size());
    Contact added = team.contacts().get(1);
    assertEquals(TeamStatus.MEMBER, added.status());
    assertEquals("Pilot", added.role());
    assertTrue(await(fx.service.teams(fx.caller(other))).stream().anyMatch(x -> x.uid().equals(team.uid())));
    int before = await(fx.service.teams(owner)).size();
    failsWith(ApiError.NOT_FOUND, fx.service.createTeam(owner, teamRequest(
        "{'name':'Ghosts','contacts':[{'user_uid':'" + UUID.randomUUID() + "'}]}")));
    assertEquals(before, await(fx.service.teams(owner)).size(), "nothing of the failed team was kept");
  }

  /** Verifies that a team is invisible to non-members and unknown teams alike (NOT_FOUND, same message). */
  @Test
  void nonMembersSeeNothing() {
    DirectoryFixture.Members mine = fx.team();
    DirectoryFixture.Members theirs = fx.team();
    Caller me = fx.caller(mine.owner());
    String a = failsWith(ApiError.NOT_FOUND, fx.service.team(me, theirs.team())).getMessage();
    String b = failsWith(ApiError.NOT_FOUND, fx.service.team(me, UUID.randomUUID())).getMessage();
    assertEquals(a, b);
    failsWith(ApiError.NOT_FOUND, fx.service.membership(me, theirs.team()));
    failsWith(ApiError.NOT_FOUND, fx.service.updateTeam(me, theirs.team(), teamRequest("{'name':'mine now'}")));
    failsWith(ApiError.NOT_FOUND, fx.service.team(me, null));
    assertFalse(await(fx.service.teams(me)).stream().anyMatch(x -> x.uid().equals(theirs.team().toString())));
  }

  /** Verifies membership: the caller's contact and status. */
  @Test
  void membership() {
    DirectoryFixture.Members t = fx.team();
    CreatedUser member = fx.user(t.team(), false);
    Membership m = await(fx.service.membership(fx.caller(member), t.team()));
    assertEquals(t.team(), m.team());
    assertEquals(member.user(), m.user());
    assertEquals(member.jid(), "d-" + m.contact());
    assertEquals(TeamStatus.MEMBER, m.status());
    assertFalse(m.isAdmin());
    assertTrue(await(fx.service.membership(fx.caller(t.owner()), t.team())).isAdmin());
  }

  /** Verifies that only admins change team settings, and that each member hears of it with their own me. */
  @Test
  void updateTeamByAdminOnly() {
    DirectoryFixture.Members t = fx.team();
    CreatedUser member = fx.user(t.team(), false);
    Caller m = fx.caller(member);
    failsWith(ApiError.ACCESS_DENIED, fx.service.updateTeam(m, t.team(), teamRequest("{'name':'Renamed'}")));
    failsWith(ApiError.ACCESS_DENIED, fx.service.updateTeam(m, t.team(), teamRequest("{'use_task_urgency':true}")));
    Team current = await(fx.service.team(m, t.team()));
    Team same = await(fx.service.updateTeam(m, t.team(), teamRequest("{'name':'" + current.name() + "'}")));
    assertEquals(current.gentime(), same.gentime(), "sending unchanged values back is not a change");
    failsWith(ApiError.INVALID_DATA, fx.service.updateTeam(fx.caller(t.owner()), t.team(), teamRequest("{'name':''}")));

    Team renamed = await(fx.service.updateTeam(fx.caller(t.owner()), t.team(),
        teamRequest("{'name':'Renamed team','use_task_urgency':true,'default_task_deadline':'18:00'}")));
    assertEquals("Renamed team", renamed.name());
    assertEquals("RT", renamed.icons().letters());
    assertTrue(renamed.useTaskUrgency());
    assertEquals("18:00:00", renamed.defaultTaskDeadline());
    assertTrue(renamed.gentime() > current.gentime());
    List<Delivery> pushes = fx.awaitDeliveries(d -> isEvent(d, "server.team.updated")
        && d.event().contains("Renamed team") && d.users().equals(List.of(member.user())));
    JsonNode memberView = Envelope.parse(pushes.get(0).event()).params().path("teams").get(0);
    assertEquals(member.jid(), memberView.path("me").path("jid").asText());
    assertFalse(memberView.path("me").path("can_add_to_team").asBoolean());
    fx.awaitDeliveries(d -> isEvent(d, "server.team.updated") && d.event().contains("Renamed team")
        && d.users().equals(List.of(t.owner().user())));
  }

  /** Verifies that any member may pin the team for themself, and only they hear of it. */
  @Test
  void pinnedIsPerMember() {
    DirectoryFixture.Members t = fx.team();
    CreatedUser member = fx.user(t.team(), false);
    Team pinned = await(fx.service.updateTeam(fx.caller(member), t.team(), teamRequest("{'pinned':true}")));
    assertTrue(pinned.pinned());
    assertFalse(await(fx.service.team(fx.caller(t.owner()), t.team())).pinned());
    assertTrue(await(fx.service.team(fx.caller(member), t.team())).pinned());
  }

  /** Verifies that changing the name order rebuilds display names and pushes the renamed contacts. */
  @Test
  void nameOrderChangeRenamesContacts() {
    DirectoryFixture.Members t = fx.team();
    Caller owner = fx.caller(t.owner());
    Contact before = await(fx.service.team(owner, t.team())).me();
    assertTrue(before.displayName().startsWith("Given"), before.displayName());
    Team after = await(fx.service.updateTeam(owner, t.team(), teamRequest("{'display_family_name_first':true}")));
    assertEquals("Family " + before.givenName(), after.me().displayName());
    assertEquals(List.of("family_name", "given_name"), after.userFields());
    assertEquals(before.shortName(), after.me().shortName());
    assertEquals("FG", after.me().icons().letters());
    fx.awaitDeliveries(d -> isEvent(d, "server.contact.updated") && d.team().equals(t.team())
        && d.event().contains("Family " + before.givenName()));
  }

  /** Verifies that teams() lists exactly the live teams with a live contact of the caller, each with its me. */
  @Test
  void teamsListsOnlyMine() {
    DirectoryFixture.Members a = fx.team();
    UUID b = await(fx.admin.createTeam("Second"));
    String jidInB = await(fx.admin.addMember(b, await(new org.tadaserver.store.account.UserRepository(
        fx.db.database().pool()).get(a.owner().user())).username(), false));
    List<Team> teams = await(fx.service.teams(fx.caller(a.owner())));
    Set<String> uids = teams.stream().map(Team::uid).collect(Collectors.toSet());
    assertEquals(Set.of(a.team().toString(), b.toString()), uids);
    Team second = teams.stream().filter(x -> x.uid().equals(b.toString())).findFirst().orElseThrow();
    assertEquals(jidInB, second.me().jid().toString());
    assertEquals(TeamStatus.MEMBER, second.me().status());
    assertNull(second.owner(), "a team made by create-team has no owner until an admin joins");
  }
}

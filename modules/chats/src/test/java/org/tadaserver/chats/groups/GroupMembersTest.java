package org.tadaserver.chats.groups;

import static org.junit.jupiter.api.Assertions.*;
import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.bus.testing.Await.failsWith;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.GroupStatus;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.GroupMembership;
import org.tadaserver.protocol.rest.GroupRequest;

class GroupMembersTest {
  private static ChatsFixture f;

  @BeforeAll
  static void up() {
    f = new ChatsFixture();
  }

  @AfterAll
  static void down() {
    f.close();
  }

  private static Chat group(Membership owner, String title, boolean isPublic) {
    return await(f.ops.createGroup(owner, new GroupRequest(title, null, null, isPublic, null, null, null, null,
        null)));
  }

  private static GroupMembership member(Membership who, GroupStatus status) {
    return new GroupMembership(Jid.contact(who.contact()), status, false);
  }

  private static String jid(Membership who) {
    return Jid.contact(who.contact()).toString();
  }

  /** Verifies tdclient's flow: a new group plus one added member has two members; the new one gets the full chat. */
  @Test
  void addMember() {
    var team = f.team();
    Membership owner = f.person(team, "Owner");
    Membership bob = f.person(team, "Bob");
    Chat g = group(owner, "Room", false);
    GroupMembership added = await(f.ops.addMember(owner, g.jid().toString(), member(bob, GroupStatus.MEMBER)));
    assertEquals(GroupStatus.MEMBER, added.status());
    List<GroupMembership> members = await(f.ops.members(owner, g.jid().toString()));
    assertEquals(2, members.size());
    assertTrue(members.stream().allMatch(GroupMembership::canRemove), "an admin may remove anyone");
    assertEquals(List.of(false, true), await(f.ops.members(bob, g.jid().toString())).stream()
        .map(GroupMembership::canRemove).toList(), "a member may only remove themselves (leave)");

    JsonNode bobs = f.awaitEvents(bob, "server.chat.updated", 1).get(0).path("chats").get(0);
    assertEquals("Room", bobs.path("display_name").asText());
    assertEquals(2, bobs.path("num_members").asInt());
    assertFalse(bobs.has("members"), "events carry the count, not the list");
    f.awaitEvents(owner, "server.chat.updated", 2);
    Chat later = await(f.ops.get(owner, g.jid().toString()));
    assertTrue(later.baseGentime() > g.baseGentime(), "the member list is shared: its version moved");
    assertTrue(later.lastMessage().content().text().contains("added"));
  }

  /** Verifies the add rules: admins in private groups, any member in public ones, admins set statuses. */
  @Test
  void addRights() {
    var team = f.team();
    Membership owner = f.person(team, "Owner");
    Membership ann = f.person(team, "Ann");
    Membership bob = f.person(team, "Bob");
    Membership cid = f.person(team, "Cid");
    Chat closed = group(owner, "Closed", false);
    await(f.ops.addMember(owner, closed.jid().toString(), member(ann, null)));
    failsWith(ApiError.ACCESS_DENIED, f.ops.addMember(ann, closed.jid().toString(), member(bob, null)));
    failsWith(ApiError.ACCESS_DENIED, f.ops.addMember(ann, closed.jid().toString(), member(ann, GroupStatus.ADMIN)));
    failsWith(ApiError.NOT_FOUND, f.ops.addMember(bob, closed.jid().toString(), member(bob, null)));
    // issue 9's matrix: a plain member re-adding a member of a private group got 200 (the no-op came first)
    failsWith(ApiError.ACCESS_DENIED, f.ops.addMember(ann, closed.jid().toString(), member(ann, null)));
    failsWith(ApiError.ACCESS_DENIED, f.ops.addMember(ann, closed.jid().toString(), member(owner, GroupStatus.ADMIN)));

    Chat open = group(owner, "Open", true);
    await(f.ops.join(ann, open.jid().toString()));
    assertEquals(GroupStatus.MEMBER, await(f.ops.addMember(ann, open.jid().toString(), member(bob, null))).status());
    failsWith(ApiError.ACCESS_DENIED, f.ops.addMember(ann, open.jid().toString(), member(cid, GroupStatus.ADMIN)));

    assertEquals(GroupStatus.ADMIN, await(f.ops.addMember(owner, open.jid().toString(),
        member(bob, GroupStatus.ADMIN))).status(), "adding a member again changes the status");
    assertEquals(GroupStatus.ADMIN, await(f.ops.get(bob, open.jid().toString())).status());
    assertEquals(GroupStatus.ADMIN, await(f.ops.addMember(ann, open.jid().toString(),
        member(bob, GroupStatus.ADMIN))).status(), "no change is no change, for anyone");
  }

  /** Verifies bad inputs to add: no or wrong JIDs, unknown, foreign and archived groups. */
  @Test
  void addBadInputs() {
    var team = f.team();
    Membership owner = f.person(team, "Owner");
    Membership foreigner = f.person(f.team(), "Foreigner");
    Chat g = group(owner, "Room", false);
    String jid = g.jid().toString();
    failsWith(ApiError.INVALID_DATA, f.ops.addMember(owner, jid, null));
    failsWith(ApiError.INVALID_DATA, f.ops.addMember(owner, jid, new GroupMembership(null, null, false)));
    failsWith(ApiError.INVALID_DATA, f.ops.addMember(owner, jid, new GroupMembership(g.jid(), null, false)));
    failsWith(ApiError.NOT_FOUND, f.ops.addMember(owner, jid, member(foreigner, null)));
    failsWith(ApiError.NOT_FOUND, f.ops.addMember(owner, jid,
        new GroupMembership(Jid.contact(UUID.randomUUID()), null, false)));
    failsWith(ApiError.NOT_FOUND, f.ops.addMember(owner, Jid.group(UUID.randomUUID()).toString(), member(owner, null)));
    failsWith(ApiError.NOT_FOUND, f.ops.addMember(foreigner, jid, member(foreigner, null)));
    failsWith(ApiError.INVALID_DATA, f.ops.addMember(owner, "g-nonsense", member(owner, null)));
    failsWith(ApiError.NOT_FOUND, f.ops.members(owner, jid(owner)));
    await(f.ops.deleteGroup(owner, jid));
    Membership late = f.person(team, "Late");
    failsWith(ApiError.ACCESS_DENIED, f.ops.addMember(owner, jid, member(late, null)));
  }

  /** Verifies removal: the removed user gets chat.deleted and loses the chat; the rest are told. */
  @Test
  void removeMember() {
    var team = f.team();
    Membership owner = f.person(team, "Owner");
    Membership bob = f.person(team, "Bob");
    Chat g = group(owner, "Room", false);
    String jid = g.jid().toString();
    await(f.ops.addMember(owner, jid, member(bob, null)));
    f.clearEvents();
    GroupMembership removed = await(f.ops.removeMember(owner, jid, jid(bob)));
    assertEquals(Jid.contact(bob.contact()), removed.jid());
    JsonNode deleted = f.awaitEvents(bob, "server.chat.deleted", 1).get(0);
    assertEquals(jid, deleted.path("chats").get(0).path("jid").asText());
    assertTrue(deleted.path("chats").get(0).path("is_archive").asBoolean());
    assertTrue(deleted.path("team_unread").has("direct"));
    f.assertNoEvents(bob, "server.message.updated");
    f.assertNoEvents(bob, "server.chat.updated");
    f.awaitEvents(owner, "server.chat.updated", 1);
    failsWith(ApiError.NOT_FOUND, f.ops.get(bob, jid));
    failsWith(ApiError.NOT_FOUND, f.ops.members(bob, jid));
    assertEquals(1, await(f.ops.members(owner, jid)).size());
    failsWith(ApiError.NOT_FOUND, f.ops.removeMember(owner, jid, jid(bob)));
  }

  /** Verifies the remove rules: members only leave themselves; bad contact JIDs are refused. */
  @Test
  void removeRightsAndLeave() {
    var team = f.team();
    Membership owner = f.person(team, "Owner");
    Membership ann = f.person(team, "Ann");
    Membership bob = f.person(team, "Bob");
    Chat g = group(owner, "Room", false);
    String jid = g.jid().toString();
    await(f.ops.addMember(owner, jid, member(ann, null)));
    await(f.ops.addMember(owner, jid, member(bob, null)));
    failsWith(ApiError.ACCESS_DENIED, f.ops.removeMember(ann, jid, jid(bob)));
    failsWith(ApiError.INVALID_DATA, f.ops.removeMember(owner, jid, "nonsense"));
    failsWith(ApiError.INVALID_DATA, f.ops.removeMember(owner, jid, jid));
    await(f.ops.removeMember(ann, jid, jid(ann)));
    assertTrue(await(f.ops.get(owner, jid)).lastMessage().content().text().contains("left"));
    failsWith(ApiError.NOT_FOUND, f.ops.get(ann, jid));
    assertEquals(2, await(f.ops.members(bob, jid)).size());
  }

  /** Verifies joining: public groups for non-guests; private ones stay invisible; joining twice changes nothing. */
  @Test
  void joinPublicGroups() {
    var team = f.team();
    Membership owner = f.person(team, "Owner");
    Membership ann = f.person(team, "Ann");
    Membership guest = f.person(team, TeamStatus.GUEST, "Guest");
    Chat open = group(owner, "Open", true);
    Chat closed = group(owner, "Closed", false);

    Chat seen = await(f.ops.get(ann, open.jid().toString()));
    assertTrue(seen.canJoin());
    assertNull(seen.status());
    assertNull(seen.lastMessage(), "nothing of the messages before joining");
    assertNull(seen.members(), "nor who is in it");
    assertEquals(1, seen.numMembers());
    List<Chat> annGroups = await(f.ops.groups(ann));
    assertEquals(List.of(open.jid()), annGroups.stream().map(Chat::jid).toList());

    Chat joined = await(f.ops.join(ann, open.jid().toString()));
    assertEquals(GroupStatus.MEMBER, joined.status());
    assertFalse(joined.canJoin());
    assertEquals(joined.jid(), await(f.ops.join(ann, open.jid().toString())).jid());
    assertEquals(2, await(f.ops.get(owner, open.jid().toString())).numMembers());

    failsWith(ApiError.NOT_FOUND, f.ops.join(ann, closed.jid().toString()));
    failsWith(ApiError.NOT_FOUND, f.ops.get(guest, open.jid().toString()));
    failsWith(ApiError.NOT_FOUND, f.ops.join(guest, open.jid().toString()));
    assertTrue(await(f.ops.groups(guest)).isEmpty());
    failsWith(ApiError.NOT_FOUND, f.ops.join(ann, jid(owner)));
    failsWith(ApiError.NOT_FOUND, f.ops.join(f.person(f.team(), "Foreigner"), open.jid().toString()));
  }

  /** Verifies deletion: admins only; every member gets chat.deleted; the group disappears from lists. */
  @Test
  void deleteGroup() {
    var team = f.team();
    Membership owner = f.person(team, "Owner");
    Membership ann = f.person(team, "Ann");
    Membership teamAdmin = f.person(team, TeamStatus.ADMIN, "Team admin");
    Chat g = group(owner, "Room", true);
    String jid = g.jid().toString();
    await(f.ops.addMember(owner, jid, member(ann, null)));
    failsWith(ApiError.ACCESS_DENIED, f.ops.deleteGroup(ann, jid));
    failsWith(ApiError.NOT_FOUND, f.ops.deleteGroup(teamAdmin, jid));
    await(f.ops.addMember(owner, jid, member(teamAdmin, null)));
    f.clearEvents();
    Chat deleted = await(f.ops.deleteGroup(teamAdmin, jid));
    assertFalse(deleted.canSendMessage());
    for (Membership m : List.of(owner, ann, teamAdmin)) {
      f.awaitEvents(m, "server.chat.deleted", 1);
    }
    assertTrue(await(f.ops.groups(ann)).isEmpty());
    await(f.ops.deleteGroup(owner, jid));
    f.assertNoEvents(ann, "server.chat.updated");
    assertEquals(1, f.events(ann, "server.chat.deleted").size(), "deleting twice tells nobody twice");
  }
}

package org.tadaserver.chats.groups;

import static org.junit.jupiter.api.Assertions.*;
import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.bus.testing.Await.failsWith;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.chats.ChatUpdate;
import org.tadaserver.chats.access.ChatRights;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.GroupMembership;
import org.tadaserver.protocol.rest.GroupRequest;

class ChatSettingsTest {
  private static ChatsFixture f;

  @BeforeAll
  static void up() {
    f = new ChatsFixture();
  }

  @AfterAll
  static void down() {
    f.close();
  }

  static Chat group(Membership owner, String title) {
    return await(f.ops.createGroup(owner, new GroupRequest(title, null, null, null, null, null, null, null, null)));
  }

  static ChatUpdate shared(String title, String description, Boolean isPublic, Boolean all, Boolean readonly) {
    return new ChatUpdate(null, null, null, null, null, null, title, description, isPublic, all, readonly);
  }

  static void add(Membership admin, Chat g, Membership who) {
    await(f.ops.addMember(admin, g.jid().toString(), new GroupMembership(Jid.contact(who.contact()), null, false)));
  }

  /** Verifies personal settings: stored, the viewer's version moves, only the viewer's sessions are told. */
  @Test
  void personalSettings() {
    var team = f.team();
    Membership me = f.person(team, "Me");
    Membership other = f.person(team, "Other");
    Chat g = group(me, "Room");
    add(me, g, other);
    f.clearEvents();
    Chat after = await(f.ops.update(me, g.jid().toString(), Wire.fromJson("""
        {"hidden":true,"pinned":true,"pinned_sort_ordering":3,"notifications_enabled":false,
         "counters_enabled":false,"collapsed":true,"unknown_key":1}""", ChatUpdate.class)));
    assertTrue(after.hidden() && after.pinned() && after.collapsed());
    assertEquals(3, after.pinnedSortOrdering());
    assertFalse(after.notificationsEnabled());
    assertFalse(after.countersEnabled());
    Chat before = await(f.ops.get(other, g.jid().toString()));
    assertFalse(before.hidden(), "personal: the other member's view is unchanged");
    assertTrue(after.gentime() > g.gentime());
    JsonNode event = f.awaitEvents(me, "server.chat.updated", 1).get(0);
    assertTrue(event.path("chats").get(0).path("pinned").asBoolean());
    assertTrue(event.has("team_unread") && event.has("badge"));
    f.assertNoEvents(other, "server.chat.updated");
    Chat unchanged = await(f.ops.update(me, g.jid().toString(), new ChatUpdate(null, null, null, null, null, null,
        null, null, null, null, null)));
    assertEquals(after.gentime(), unchanged.gentime(), "an empty change changes nothing");
  }

  /** Verifies that muting a chat (counters_enabled=false) takes its unread messages out of team_unread. */
  @Test
  void mutedChatLeavesTeamUnread() {
    var team = f.team();
    Membership me = f.person(team, "Me");
    Membership friend = f.person(team, "Friend");
    f.send(friend, Jid.contact(me.contact()).toString(), "one");
    f.send(friend, Jid.contact(me.contact()).toString(), "two");
    f.clearEvents();
    await(f.ops.update(me, Jid.contact(friend.contact()).toString(), new ChatUpdate(null, null, null, null, false,
        null, null, null, null, null, null)));
    JsonNode event = f.awaitEvents(me, "server.chat.updated", 1).get(0);
    assertEquals(0, event.path("team_unread").path("direct").path("messages").asInt());
    assertEquals(0, event.path("badge").asInt());
    assertEquals(2, event.path("chats").get(0).path("num_unread").asInt(), "the chat keeps its own count");
    await(f.ops.update(me, Jid.contact(friend.contact()).toString(), new ChatUpdate(null, null, null, null, true,
        null, null, null, null, null, null)));
    assertEquals(2, f.awaitEvents(me, "server.chat.updated", 2).get(1).path("badge").asInt());
  }

  /** Verifies shared fields: admins change them for everyone; members may only send back what is there. */
  @Test
  void sharedFields() {
    var team = f.team();
    Membership admin = f.person(team, "Admin");
    Membership member = f.person(team, "Member");
    Chat g = group(admin, "Room");
    add(admin, g, member);
    String jid = g.jid().toString();
    f.clearEvents();
    Chat renamed = await(f.ops.update(admin, jid, shared("Hall", "About", true, null, null)));
    assertEquals("Hall", renamed.displayName());
    assertEquals("About", renamed.description());
    assertTrue(renamed.isPublic());
    assertTrue(renamed.baseGentime() > g.baseGentime());
    assertEquals("Hall", f.awaitEvents(member, "server.chat.updated", 1).get(0).path("chats").get(0)
        .path("display_name").asText());
    f.awaitEvents(admin, "server.chat.updated", 1);

    failsWith(ApiError.ACCESS_DENIED, f.ops.update(member, jid, shared("Mine", null, null, null, null)));
    failsWith(ApiError.ACCESS_DENIED, f.ops.update(member, jid, shared(null, null, null, null, true)));
    failsWith(ApiError.ACCESS_DENIED, f.ops.update(admin, jid, shared(null, null, null, true, null)));
    assertEquals("Hall", await(f.ops.update(member, jid, shared("Hall", "About", true, false, false))).displayName());
    failsWith(ApiError.INVALID_DATA, f.ops.update(admin, jid, shared("z".repeat(101), null, null, null, null)));
    assertEquals("Hall", await(f.ops.update(admin, jid, shared("", null, null, null, null))).displayName(),
        "an empty title is no title given");
  }

  /** Verifies readonly groups: only admins (group admins, team admins in it) may write. */
  @Test
  void readonlyGroups() {
    var team = f.team();
    Membership admin = f.person(team, "Admin");
    Membership member = f.person(team, "Member");
    Membership teamAdmin = f.person(team, TeamStatus.ADMIN, "Team admin");
    Chat g = group(admin, "News");
    add(admin, g, member);
    add(admin, g, teamAdmin);
    String jid = g.jid().toString();
    await(f.ops.update(admin, jid, shared(null, null, null, null, true)));
    Chat membersView = await(f.ops.get(member, jid));
    assertTrue(membersView.readonlyForMembers());
    assertFalse(membersView.canSendMessage());
    assertEquals(ChatRights.READONLY, membersView.cantSendMessageReason());
    assertTrue(await(f.ops.get(admin, jid)).canSendMessage());
    assertTrue(await(f.ops.get(teamAdmin, jid)).canSendMessage());
  }

  /** Verifies that a team admin turning default_for_all on brings every team member in. */
  @Test
  void defaultForAllByUpdate() {
    var team = f.team();
    Membership teamAdmin = f.person(team, TeamStatus.ADMIN, "Team admin");
    Membership someone = f.person(team, "Someone");
    Chat g = group(teamAdmin, "All");
    failsWith(ApiError.NOT_FOUND, f.ops.get(someone, g.jid().toString()));
    Chat all = await(f.ops.update(teamAdmin, g.jid().toString(), shared(null, null, null, true, null)));
    assertTrue(all.defaultForAll());
    assertEquals(2, all.numMembers());
    assertEquals("All", f.awaitEvents(someone, "server.chat.updated", 1).get(0).path("chats").get(0)
        .path("display_name").asText());
  }

  /** Verifies direct chats: personal settings before the first message create the chat; no shared fields. */
  @Test
  void directChats() {
    var team = f.team();
    Membership me = f.person(team, "Me");
    Membership peer = f.person(team, "Peer");
    String jid = Jid.contact(peer.contact()).toString();
    Chat pinned = await(f.ops.update(me, jid, new ChatUpdate(null, true, null, null, null, null, null, null, null,
        null, null)));
    assertTrue(pinned.pinned());
    assertTrue(pinned.baseGentime() > 0, "the chat exists now");
    assertTrue(await(f.ops.get(me, jid)).pinned());
    assertFalse(await(f.ops.get(peer, Jid.contact(me.contact()).toString())).pinned());
    assertTrue(await(f.ops.update(me, jid, shared("Peer", null, false, null, null))).pinned(),
        "repeating what the view shows is no change");
    failsWith(ApiError.ACCESS_DENIED, f.ops.update(me, jid, shared("Nickname", null, null, null, null)));
    failsWith(ApiError.NOT_FOUND, f.ops.update(me, Jid.contact(me.contact()).toString(),
        new ChatUpdate(true, null, null, null, null, null, null, null, null, null, null)));
  }

  /** Verifies that only members change a chat: public groups one is not in and unknown chats are NOT_FOUND. */
  @Test
  void membersOnly() {
    var team = f.team();
    Membership owner = f.person(team, "Owner");
    Membership other = f.person(team, "Other");
    Chat open = await(f.ops.createGroup(owner, new GroupRequest("Open", null, null, true, null, null, null, null,
        null)));
    ChatUpdate hide = new ChatUpdate(true, null, null, null, null, null, null, null, null, null, null);
    failsWith(ApiError.NOT_FOUND, f.ops.update(other, open.jid().toString(), hide));
    failsWith(ApiError.NOT_FOUND, f.ops.update(other, Jid.group(java.util.UUID.randomUUID()).toString(), hide));
    failsWith(ApiError.INVALID_DATA, f.ops.update(other, "g-", hide));
    assertFalse(await(f.ops.get(owner, open.jid().toString())).hidden());
  }

  /** Verifies the group update body: admins only, partial, not on deleted groups. */
  @Test
  void updateGroup() {
    var team = f.team();
    Membership admin = f.person(team, "Admin");
    Membership member = f.person(team, "Member");
    Chat g = group(admin, "Room");
    add(admin, g, member);
    String jid = g.jid().toString();
    Chat changed = await(f.ops.updateGroup(admin, jid, Wire.fromJson("""
        {"display_name":"Room 2","description":null,"readonly_for_members":null,"public":null,
         "default_for_all":null,"autocleanup_age":60,"pinned_message":"","members":null,"section":""}""",
        GroupRequest.class)));
    assertEquals("Room 2", changed.displayName());
    assertEquals(60, changed.autocleanupAge());
    failsWith(ApiError.ACCESS_DENIED, f.ops.updateGroup(member, jid, new GroupRequest("Mine", null, null, null, null,
        null, null, null, null)));
    failsWith(ApiError.INVALID_DATA, f.ops.updateGroup(admin, jid, new GroupRequest(null, null, null, null, null,
        -1, null, null, null)));
    failsWith(ApiError.NOT_FOUND, f.ops.updateGroup(admin, Jid.contact(member.contact()).toString(),
        new GroupRequest("x", null, null, null, null, null, null, null, null)));
    await(f.ops.deleteGroup(admin, jid));
    failsWith(ApiError.ACCESS_DENIED, f.ops.updateGroup(admin, jid, new GroupRequest("Late", null, null, null, null,
        null, null, null, null)));
    Chat archived = await(f.ops.get(admin, jid));
    assertTrue(archived.changeableFields().contains("hidden"), "personal settings stay changeable");
    assertFalse(archived.changeableFields().contains("display_name"), "shared ones do not");
    assertFalse(archived.canAddMember() || archived.canDelete());
  }
}

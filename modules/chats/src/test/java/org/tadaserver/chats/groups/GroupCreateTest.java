package org.tadaserver.chats.groups;

import static org.junit.jupiter.api.Assertions.*;
import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.bus.testing.Await.failsWith;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.JidPrefix;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.protocol.enums.GroupStatus;
import org.tadaserver.protocol.enums.Mediatype;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.GroupMembership;
import org.tadaserver.protocol.rest.GroupRequest;

class GroupCreateTest {
  private static ChatsFixture f;

  @BeforeAll
  static void up() {
    f = new ChatsFixture();
  }

  @AfterAll
  static void down() {
    f.close();
  }

  static GroupRequest named(String title) {
    return new GroupRequest(title, null, null, null, null, null, null, null, null);
  }

  /** Verifies that tdclient's body (every key, nulls and empty strings) creates a group with the creator as admin. */
  @Test
  void createsFromTdclientBody() {
    Membership owner = f.person(f.team(), "Owner");
    GroupRequest body = Wire.fromJson("""
        {"display_name":"Autotest group","description":"","readonly_for_members":false,"public":false,
         "default_for_all":false,"autocleanup_age":null,"pinned_message":"","members":null,"section":""}""",
        GroupRequest.class);
    Chat chat = await(f.ops.createGroup(owner, body));
    assertEquals(JidPrefix.GROUP, chat.jid().prefix());
    assertEquals(ChatType.GROUP, chat.chatType());
    assertEquals("Autotest group", chat.displayName());
    assertEquals(GroupStatus.ADMIN, chat.status());
    assertEquals(1, chat.numMembers());
    assertEquals(List.of(new GroupMembership(Jid.contact(owner.contact()), GroupStatus.ADMIN, true)), chat.members());
    assertTrue(chat.canSendMessage());
    assertTrue(chat.canAddMember() && chat.canRemoveMember() && chat.canChangeMemberStatus() && chat.canDelete());
    assertTrue(chat.changeableFields().containsAll(List.of("display_name", "description", "public", "hidden")));
    assertFalse(chat.changeableFields().contains("default_for_all"), "only team admins make groups for everyone");
    assertTrue(chat.gentime() >= chat.baseGentime() && chat.baseGentime() > 0);
    assertNotNull(chat.icons().letters());
    assertNotNull(chat.lastMessage(), "the 'group created' change message");
    assertEquals(Mediatype.CHANGE, chat.lastMessage().content().type());
    assertEquals(chat, await(f.ops.get(owner, chat.jid().toString())));
    JsonNode wire = Wire.mapper().valueToTree(chat);
    assertFalse(wire.has("can_join"));
    assertEquals("admin", wire.path("status").asText());
  }

  /** Verifies that listed members join with their statuses, and everyone in the group is told. */
  @Test
  void listedMembersJoin() {
    var team = f.team();
    Membership owner = f.person(team, "Owner");
    Membership ann = f.person(team, "Ann");
    Membership bob = f.person(team, "Bob");
    Membership outsider = f.person(team, "Outsider");
    GroupRequest body = new GroupRequest("Trio", "About", true, false, null, 3600, null,
        List.of(new GroupMembership(Jid.contact(ann.contact()), GroupStatus.ADMIN, false),
            new GroupMembership(Jid.contact(bob.contact()), null, false),
            new GroupMembership(Jid.contact(owner.contact()), GroupStatus.MEMBER, false)), null);
    Chat chat = await(f.ops.createGroup(owner, body));
    assertEquals(3, chat.numMembers());
    assertEquals(GroupStatus.ADMIN, chat.status(), "the creator stays admin even when listed as member");
    assertEquals(3600, chat.autocleanupAge());
    assertTrue(chat.readonlyForMembers());
    assertEquals("About", chat.description());
    Set<String> statuses = await(f.ops.members(owner, chat.jid().toString())).stream()
        .map(m -> m.jid() + "=" + m.status().wire()).collect(Collectors.toSet());
    assertEquals(Set.of("d-" + owner.contact() + "=admin", "d-" + ann.contact() + "=admin",
        "d-" + bob.contact() + "=member"), statuses);

    JsonNode bobs = f.awaitEvents(bob, "server.chat.updated", 1).get(0);
    assertEquals(chat.jid().toString(), bobs.path("chats").get(0).path("jid").asText());
    assertEquals("member", bobs.path("chats").get(0).path("status").asText());
    assertFalse(bobs.path("chats").get(0).path("can_send_message").asBoolean(), "readonly group");
    assertTrue(bobs.path("team_unread").has("thread"), "all five keys");
    assertTrue(bobs.has("badge"));
    f.awaitEvents(ann, "server.message.updated", 1);
    f.assertNoEvents(outsider, "server.chat.updated");
    f.assertNoEvents(outsider, "server.message.updated");
    failsWith(ApiError.NOT_FOUND, f.ops.get(outsider, chat.jid().toString()));
  }

  /** Verifies the title rules: required, stripped, at most max_group_title_length characters. */
  @Test
  void titleRules() {
    Membership owner = f.person(f.team(), "Owner");
    for (String bad : new String[] {null, "", "   "}) {
      ServiceException e = failsWith(ApiError.INVALID_DATA, f.ops.createGroup(owner, named(bad)));
      assertTrue(e.details().containsKey("display_name"));
    }
    ServiceException tooLong = failsWith(ApiError.INVALID_DATA, f.ops.createGroup(owner, named("x".repeat(101))));
    assertTrue(tooLong.details().containsKey("display_name"));
    assertEquals("y".repeat(100), await(f.ops.createGroup(owner, named("  " + "y".repeat(100) + " "))).displayName());
  }

  /** Verifies bad values in the body: members, autocleanup age, section. */
  @Test
  void badBodies() {
    var team = f.team();
    Membership owner = f.person(team, "Owner");
    Membership foreigner = f.person(f.team(), "Foreigner");
    failsWith(ApiError.INVALID_DATA, f.ops.createGroup(owner, new GroupRequest("G", null, null, null, null, null,
        null, List.of(new GroupMembership(Jid.contact(foreigner.contact()), null, false)), null)));
    failsWith(ApiError.INVALID_DATA, f.ops.createGroup(owner, new GroupRequest("G", null, null, null, null, null,
        null, List.of(new GroupMembership(Jid.group(owner.contact()), null, false)), null)));
    failsWith(ApiError.INVALID_DATA, f.ops.createGroup(owner, new GroupRequest("G", null, null, null, null, -5,
        null, null, null)));
    failsWith(ApiError.INVALID_DATA, f.ops.createGroup(owner, new GroupRequest("G", null, null, null, null, null,
        null, null, "not-a-section")));
    assertTrue(await(f.ops.groups(owner)).isEmpty(), "nothing was created by the refused requests");
  }

  /** Verifies that guests create no groups and only team admins make one default_for_all. */
  @Test
  void rights() {
    var team = f.team();
    Membership guest = f.person(team, TeamStatus.GUEST, "Guest");
    Membership member = f.person(team, "Member");
    failsWith(ApiError.ACCESS_DENIED, f.ops.createGroup(guest, named("G")));
    failsWith(ApiError.ACCESS_DENIED, f.ops.createGroup(member, new GroupRequest("All", null, null, null, true, null,
        null, null, null)));
  }

  /** Verifies that a default_for_all group takes in every team member at once, but no guests. */
  @Test
  void defaultForAllTakesEveryone() {
    var team = f.team();
    Membership admin = f.person(team, TeamStatus.ADMIN, "Admin");
    Membership a = f.person(team, "A");
    Membership b = f.person(team, TeamStatus.OWNER, "B");
    Membership guest = f.person(team, TeamStatus.GUEST, "Guest");
    Chat chat = await(f.ops.createGroup(admin, new GroupRequest("Everyone", null, null, true, true, null, null, null,
        null)));
    assertTrue(chat.defaultForAll());
    assertTrue(chat.changeableFields().contains("default_for_all"));
    assertEquals(3, chat.numMembers());
    assertEquals(GroupStatus.MEMBER, await(f.ops.get(a, chat.jid().toString())).status());
    assertEquals(GroupStatus.MEMBER, await(f.ops.get(b, chat.jid().toString())).status());
    failsWith(ApiError.NOT_FOUND, f.ops.get(guest, chat.jid().toString()));
    f.awaitEvents(a, "server.chat.updated", 1);

    Membership late = f.person(team, "Late");
    Membership lateGuest = f.person(team, TeamStatus.GUEST, "Late guest");
    await(f.ops.contactJoined(late));
    await(f.ops.contactJoined(late));
    await(f.ops.contactJoined(lateGuest));
    assertEquals(4, await(f.ops.get(late, chat.jid().toString())).numMembers());
    failsWith(ApiError.NOT_FOUND, f.ops.get(lateGuest, chat.jid().toString()));
    f.awaitEvents(late, "server.chat.updated", 1);
  }

}

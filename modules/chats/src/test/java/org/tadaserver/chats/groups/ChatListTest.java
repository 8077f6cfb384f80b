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
import org.tadaserver.chats.ChatFilter;
import org.tadaserver.chats.ChatPage;
import org.tadaserver.chats.ChatUpdate;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.GroupMembership;
import org.tadaserver.protocol.rest.GroupRequest;

class ChatListTest {
  private static ChatsFixture f;

  @BeforeAll
  static void up() {
    f = new ChatsFixture();
  }

  @AfterAll
  static void down() {
    f.close();
  }

  static ChatFilter page(int limit, int offset) {
    return new ChatFilter(List.of(), 0, false, false, false, null, null, limit, offset);
  }

  static ChatFilter types(String... types) {
    return new ChatFilter(List.of(types), 0, false, false, false, null, null, 0, 0);
  }

  static ChatFilter since(long gentime) {
    return new ChatFilter(List.of(), gentime, false, false, false, null, null, 0, 0);
  }

  static Chat group(Membership owner, String title, boolean isPublic) {
    return await(f.ops.createGroup(owner, new GroupRequest(title, null, null, isPublic, null, null, null, null,
        null)));
  }

  static List<String> names(ChatPage page) {
    return page.objects().stream().map(Chat::displayName).toList();
  }

  /** Verifies tdclient's paging: count is the total, offsets walk the list, objects is [] past the end. */
  @Test
  void paging() {
    Membership me = f.person(f.team(), "Me");
    for (int i = 0; i < 5; i++) {
      group(me, "G" + i, false);
    }
    int seen = 0;
    for (int offset = 0; offset < 10; offset += 2) {
      ChatPage p = await(f.ops.list(me, page(2, offset)));
      assertEquals(5, p.count());
      assertEquals(2, p.limit());
      assertEquals(offset, p.offset());
      seen += p.objects().size();
    }
    assertEquals(5, seen);
    assertNull(await(f.ops.list(me, page(1, 0))).objects().get(0).members(), "lists carry num_members only");
    assertEquals(1, await(f.ops.list(me, page(1, 0))).objects().get(0).numMembers());
    ChatPage past = await(f.ops.list(me, page(2, 6)));
    assertEquals("[]", Wire.mapper().valueToTree(past).path("objects").toString());
    assertEquals(ChatFilter.DEFAULT_LIMIT, await(f.ops.list(me, page(0, 0))).limit());
    assertEquals(ChatFilters.MAX_LIMIT, await(f.ops.list(me, page(1_000_000, 0))).limit());
  }

  /** Verifies filters and sorting: chat types, name search and order, unread only and first. */
  @Test
  void filtersAndSort() {
    var team = f.team();
    Membership me = f.person(team, "Me");
    Membership zed = f.person(team, "Zed");
    group(me, "alpha", false);
    group(me, "Beta", false);
    f.send(zed, Jid.contact(me.contact()).toString(), "hello");

    assertEquals(List.of("Zed"), names(await(f.ops.list(me, types("direct")))));
    assertEquals(3, await(f.ops.list(me, types("group,direct"))).count());
    assertEquals(3, await(f.ops.list(me, types("any"))).count());
    assertEquals(List.of("Beta", "alpha"), names(await(f.ops.list(me, new ChatFilter(List.of("group"), 0, false,
        false, false, "-group_chat_display_name", null, 0, 0)))));
    assertEquals(List.of("alpha", "Beta", "Zed"), names(await(f.ops.list(me, new ChatFilter(List.of(), 0, false,
        false, false, "group_chat_display_name", null, 0, 0)))));
    assertEquals(List.of("Zed"), names(await(f.ops.list(me, new ChatFilter(List.of(), 0, false, true, false,
        null, null, 0, 0)))));
    assertEquals("Zed", names(await(f.ops.list(me, new ChatFilter(List.of(), 0, false, false, true,
        "group_chat_display_name", null, 0, 0)))).get(0));
    assertEquals(List.of("Beta"), names(await(f.ops.list(me, new ChatFilter(List.of(), 0, false, false, false,
        null, "bet", 0, 0)))));
  }

  /** Verifies bad query values: each names its key. */
  @Test
  void badFilters() {
    Membership me = f.person(f.team(), "Me");
    record Bad(String key, ChatFilter filter) {}
    for (Bad bad : List.of(
        new Bad("chat_type", types("direct", "bogus")),
        new Bad("sort", new ChatFilter(List.of(), 0, false, false, false, "size", null, 0, 0)),
        new Bad("limit", page(-1, 0)),
        new Bad("offset", page(10, -1)),
        new Bad("gentime_gt", since(-5)))) {
      assertTrue(failsWith(ApiError.INVALID_DATA, f.ops.list(me, bad.filter())).details().containsKey(bad.key()),
          bad.key());
    }
  }

  /** Verifies the direct chat views: named by the other person, per viewer, with counters and the last message. */
  @Test
  void directChats() {
    var team = f.team();
    Membership ann = f.person(team, "Ann");
    Membership bob = f.person(team, "Bob");
    f.send(ann, Jid.contact(bob.contact()).toString(), "hi Bob");
    Chat bobsView = await(f.ops.list(bob, types("direct"))).objects().get(0);
    assertEquals(Jid.contact(ann.contact()), bobsView.jid());
    assertEquals(ChatType.DIRECT, bobsView.chatType());
    assertEquals("Ann", bobsView.displayName());
    assertEquals(1, bobsView.numUnread());
    assertEquals("hi Bob", bobsView.lastMessage().content().text());
    assertEquals(Jid.contact(ann.contact()), bobsView.lastMessage().chat());
    assertTrue(bobsView.canSendMessage());
    assertNull(bobsView.status());
    assertNull(bobsView.numMembers());
    assertTrue(bobsView.changeableFields().contains("pinned"));
    assertFalse(bobsView.changeableFields().contains("display_name"));
    Chat annsView = await(f.ops.get(ann, Jid.contact(bob.contact()).toString()));
    assertEquals("Bob", annsView.displayName());
    assertEquals(0, annsView.numUnread());
    assertEquals(bobsView.baseGentime(), annsView.baseGentime());
  }

  /** Verifies GET of a d- JID: a direct chat before any message, oneself, and what is not there. */
  @Test
  void getDirectJids() {
    var team = f.team();
    Membership ann = f.person(team, "Ann");
    Membership cid = f.person(team, "Cid");
    Chat empty = await(f.ops.get(ann, Jid.contact(cid.contact()).toString()));
    assertEquals("Cid", empty.displayName());
    assertTrue(empty.canSendMessage());
    assertNull(empty.lastMessage());
    assertEquals(0, empty.baseGentime());
    Chat self = await(f.ops.get(ann, Jid.contact(ann.contact()).toString()));
    assertFalse(self.canSendMessage());
    assertFalse(self.cantSendMessageReason().isBlank());
    assertTrue(await(f.ops.list(ann, page(0, 0))).objects().isEmpty(), "GET creates nothing");

    failsWith(ApiError.NOT_FOUND, f.ops.get(ann, Jid.contact(UUID.randomUUID()).toString()));
    failsWith(ApiError.NOT_FOUND, f.ops.get(ann, Jid.contact(f.person(f.team(), "X").contact()).toString()));
    failsWith(ApiError.NOT_FOUND, f.ops.get(ann, Jid.meeting(UUID.randomUUID()).toString()));
    failsWith(ApiError.INVALID_DATA, f.ops.get(ann, "d-not-a-uuid"));
    failsWith(ApiError.INVALID_DATA, f.ops.get(ann, null));
    Chat g = group(ann, "Room", false);
    failsWith(ApiError.NOT_FOUND, f.ops.get(ann, Jid.task(g.jid().uuid()).toString()));
  }

  /** Verifies that nothing of a private group reaches a non-member: not the list, not sync, not GET. */
  @Test
  void outsidersSeeNothing() {
    var team = f.team();
    Membership owner = f.person(team, "Owner");
    Membership outsider = f.person(team, "Outsider");
    Chat g = group(owner, "Secret", false);
    f.send(owner, g.jid().toString(), "secret words");
    assertEquals(0, await(f.ops.list(outsider, page(0, 0))).count());
    assertEquals(0, await(f.ops.list(outsider, since(1))).count());
    assertTrue(await(f.ops.groups(outsider)).isEmpty());
    failsWith(ApiError.NOT_FOUND, f.ops.get(outsider, g.jid().toString()));
    failsWith(ApiError.NOT_FOUND, f.ops.members(outsider, g.jid().toString()));
    f.assertNoEvents(outsider, "server.chat.updated");
    f.assertNoEvents(outsider, "server.message.updated");
  }

  /**
   * Verifies delta sync: every chat changed after G for the viewer (shared or personal, hidden ones too), and the
   * chats the viewer lost (left, deleted) in their gone form; nothing older.
   */
  @Test
  void deltaSync() {
    var team = f.team();
    Membership me = f.person(team, "Me");
    Membership boss = f.person(team, "Boss");
    Chat same = group(me, "Same", false);
    Chat renamed = group(me, "Renamed", false);
    Chat hidden = group(me, "Hidden", false);
    Chat deleted = group(me, "Deleted", false);
    Chat left = group(boss, "Left", false);
    await(f.ops.addMember(boss, left.jid().toString(), new GroupMembership(Jid.contact(me.contact()), null, false)));
    long g = await(f.ops.list(me, page(0, 0))).objects().stream().mapToLong(Chat::gentime).max().orElseThrow();

    await(f.ops.update(me, renamed.jid().toString(), new ChatUpdate(null, null, null, null, null, null, "Renamed 2",
        null, null, null, null)));
    await(f.ops.update(me, hidden.jid().toString(), new ChatUpdate(true, null, null, null, null, null, null, null,
        null, null, null)));
    await(f.ops.deleteGroup(me, deleted.jid().toString()));
    await(f.ops.removeMember(boss, left.jid().toString(), Jid.contact(me.contact()).toString()));

    ChatPage delta = await(f.ops.list(me, since(g)));
    assertEquals(List.of(left.jid(), deleted.jid(), hidden.jid(), renamed.jid()),
        delta.objects().stream().map(Chat::jid).toList(), "newest version first");
    delta.objects().forEach(c -> assertTrue(c.gentime() > g));
    assertFalse(delta.objects().stream().anyMatch(c -> c.jid().equals(same.jid())));
    Chat gone = delta.objects().get(0);
    assertNull(gone.status());
    assertNull(gone.members());
    assertNull(gone.lastMessage());
    assertFalse(gone.canSendMessage());
    JsonNode goneWire = Wire.mapper().valueToTree(gone);
    assertFalse(goneWire.has("changeable_fields"));
    assertTrue(delta.objects().get(2).hidden());
    assertEquals("Renamed 2", delta.objects().get(3).displayName());
    long g2 = delta.objects().stream().mapToLong(Chat::gentime).max().orElseThrow();
    assertEquals(0, await(f.ops.list(me, since(g2))).count());
    assertEquals(List.of(same.jid(), renamed.jid()).size(), await(f.ops.list(me, page(0, 0))).count(),
        "the plain list keeps live visible chats only");
  }
}

package org.tadaserver.store.chat;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.store.Page;
import org.tadaserver.store.chat.ChatListFilter.Sort;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.TeamRow;

class ChatListTest extends ChatTestBase {

  private static ChatListFilter filter(UUID contact, List<String> types, long gentimeGt, Boolean hidden,
      boolean unreadOnly, boolean unreadFirst, Sort sort, boolean descending, String q, int limit, int offset) {
    return new ChatListFilter(contact, types, gentimeGt, hidden, unreadOnly, unreadFirst, sort, descending, q, limit,
        offset);
  }

  private static List<UUID> uids(Page<ChatListing> page) {
    return page.items().stream().map(l -> l.chat().uid()).toList();
  }

  /** Verifies paging: count is the total, pages follow the order, a page past the end is empty. */
  @Test
  void pages() {
    TeamRow team = newTeam();
    ContactRow me = person(team, "Me");
    ChatRow a = group(team, me, "Alpha", false);
    ChatRow b = group(team, me, "beta", false);
    ChatRow c = group(team, me, "Gamma", false);
    Page<ChatListing> first = await(chats.list(filter(me.uid(), null, 0, null, false, false, Sort.DISPLAY_NAME,
        false, null, 2, 0)));
    assertEquals(3, first.total());
    assertEquals(List.of(a.uid(), b.uid()), uids(first), "names compare ignoring case");
    Page<ChatListing> second = await(chats.list(filter(me.uid(), null, 0, null, false, false, Sort.DISPLAY_NAME,
        false, null, 2, 2)));
    assertEquals(List.of(c.uid()), uids(second));
    Page<ChatListing> past = await(chats.list(filter(me.uid(), null, 0, null, false, false, Sort.DISPLAY_NAME,
        false, null, 2, 10)));
    assertTrue(past.items().isEmpty());
    assertEquals(3, past.total());
    Page<ChatListing> descending = await(chats.list(filter(me.uid(), null, 0, null, false, false, Sort.DISPLAY_NAME,
        true, null, 10, 0)));
    assertEquals(List.of(c.uid(), b.uid(), a.uid()), uids(descending));
  }

  /** Verifies the filters: chat type, hidden, unread only, unread first, name search (a direct chat by the peer). */
  @Test
  void filters() {
    TeamRow team = newTeam();
    ContactRow me = person(team, "Me");
    ContactRow zed = person(team, "Zed Peer");
    ChatRow room = group(team, me, "Room", false);
    ChatRow quiet = group(team, me, "Quiet", false);
    ChatRow direct = await(chats.createDirect(team.uid(), me.uid(), zed.uid(), gentime()));
    await(members.updatePersonal(quiet.uid(), me.uid(), new PersonalChange(true, null, null, null, null, null),
        gentime()));
    setUnread(direct.uid(), me.uid(), 3);

    assertEquals(List.of(direct.uid()), uids(await(chats.list(filter(me.uid(), List.of("direct"), 0, null, false,
        false, Sort.ACTIVITY, true, null, 10, 0)))));
    assertEquals(List.of(quiet.uid()), uids(await(chats.list(filter(me.uid(), null, 0, true, false, false,
        Sort.ACTIVITY, true, null, 10, 0)))));
    assertEquals(2, await(chats.list(filter(me.uid(), null, 0, false, false, false, Sort.ACTIVITY, true, null, 10,
        0))).total());
    assertEquals(List.of(direct.uid()), uids(await(chats.list(filter(me.uid(), null, 0, null, true, false,
        Sort.ACTIVITY, true, null, 10, 0)))));
    List<UUID> unreadFirst = uids(await(chats.list(filter(me.uid(), null, 0, null, false, true, Sort.DISPLAY_NAME,
        false, null, 10, 0))));
    assertEquals(List.of(direct.uid(), quiet.uid(), room.uid()), unreadFirst);
    Page<ChatListing> byPeer = await(chats.list(filter(me.uid(), null, 0, null, false, false, Sort.ACTIVITY, true,
        "zed", 10, 0)));
    assertEquals(List.of(direct.uid()), uids(byPeer));
    assertEquals("Zed Peer", byPeer.items().get(0).displayName());
    assertEquals(List.of(room.uid()), uids(await(chats.list(filter(me.uid(), null, 0, null, false, false,
        Sort.ACTIVITY, true, "ROO", 10, 0)))));
    assertTrue(await(chats.list(filter(me.uid(), null, 0, null, false, false, Sort.ACTIVITY, true, "%", 10, 0)))
        .items().isEmpty(), "search text is literal, not a pattern");
  }

  /** Verifies that the plain list has only live chats the contact is in, and nothing of other people's chats. */
  @Test
  void onlyMyLiveChats() {
    TeamRow team = newTeam();
    ContactRow me = person(team, "Me");
    ContactRow other = person(team, "Other");
    ChatRow mine = group(team, me, "Mine", false);
    group(team, other, "Theirs", true);
    ChatRow gone = group(team, me, "Gone", false);
    ChatRow leftOne = group(team, other, "Left", false);
    await(members.join(leftOne.uid(), team.uid(), me.uid(), MemberRow.MEMBER, gentime()));
    await(members.leave(leftOne.uid(), me.uid(), gentime()));
    await(chats.archive(gone.uid(), gentime()));
    assertEquals(List.of(mine.uid()), uids(await(chats.list(ChatListFilter.of(me.uid(), 100, 0)))));
  }

  /**
   * Verifies delta sync: only chats whose shared or personal version is newer, archived and left ones included, the
   * newest version first.
   */
  @Test
  void deltaSync() {
    TeamRow team = newTeam();
    ContactRow me = person(team, "Me");
    ContactRow other = person(team, "Other");
    ChatRow old = group(team, me, "Old", false);
    ChatRow shared = group(team, me, "Shared", false);
    ChatRow personal = group(team, me, "Personal", false);
    ChatRow archived = group(team, me, "Archived", false);
    ChatRow leftOne = group(team, other, "Left", false);
    await(members.join(leftOne.uid(), team.uid(), me.uid(), MemberRow.MEMBER, gentime()));
    long seen = gentime();

    await(chats.updateGroup(shared.uid(), new GroupChange("Shared 2", null, null, null, null, false, null),
        gentime()));
    await(members.updatePersonal(personal.uid(), me.uid(), new PersonalChange(null, true, null, null, null, null),
        gentime()));
    await(chats.archive(archived.uid(), gentime()));
    await(members.leave(leftOne.uid(), me.uid(), gentime()));

    Page<ChatListing> delta = await(chats.list(filter(me.uid(), null, seen, null, false, false, Sort.ACTIVITY, true,
        null, 100, 0)));
    assertEquals(List.of(leftOne.uid(), archived.uid(), personal.uid(), shared.uid()), uids(delta));
    assertFalse(uids(delta).contains(old.uid()));
    assertFalse(delta.items().get(0).member().isMember());
    assertTrue(delta.items().get(1).chat().isArchive());
    delta.items().forEach(l -> assertTrue(l.version() > seen));
    assertTrue(await(chats.list(filter(me.uid(), null, delta.items().get(0).version(), null, false, false,
        Sort.ACTIVITY, true, null, 100, 0))).items().isEmpty());
  }

  /** Verifies that a filter refuses a non-positive limit or a negative offset. */
  @Test
  void filterBounds() {
    UUID me = UUID.randomUUID();
    assertThrows(IllegalArgumentException.class, () -> ChatListFilter.of(me, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> ChatListFilter.of(me, 10, -1));
    assertNull(filter(me, null, 0, null, false, false, null, false, "  ", 1, 0).q());
  }
}

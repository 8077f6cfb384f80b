package org.tadaserver.store.chat;

import static org.junit.jupiter.api.Assertions.*;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.TeamRow;

class ChatRepositoryTest extends ChatTestBase {

  /** Verifies that a direct chat is made once with both member rows, and found from either side. */
  @Test
  void directChatWithBothMembers() {
    TeamRow team = newTeam();
    ContactRow alice = person(team, "Alice");
    ContactRow bob = person(team, "Bob");
    assertTrue(await(chats.findDirect(team.uid(), alice.uid(), bob.uid())).isEmpty());

    long g = gentime();
    ChatRow chat = await(chats.createDirect(team.uid(), bob.uid(), alice.uid(), g));
    assertTrue(chat.isDirect());
    assertEquals(g, chat.baseGentime());
    assertEquals(alice.uid(), chat.peerOf(bob.uid()));
    assertEquals(bob.uid(), chat.peerOf(alice.uid()));
    assertNull(chat.peerOf(UUID.randomUUID()));
    assertEquals(chat, await(chats.createDirect(team.uid(), alice.uid(), bob.uid(), gentime())), "made once");
    assertEquals(chat, await(chats.findDirect(team.uid(), alice.uid(), bob.uid())).orElseThrow());
    assertEquals(chat, await(chats.findDirect(team.uid(), bob.uid(), alice.uid())).orElseThrow());

    List<MemberRow> rows = await(members.active(chat.uid()));
    assertEquals(Set.of(alice.uid(), bob.uid()), Set.of(rows.get(0).contactUid(), rows.get(1).contactUid()));
    rows.forEach(m -> {
      assertEquals(MemberRow.MEMBER, m.status());
      assertEquals(g, m.gentime());
      assertNotNull(m.userUid(), "the account behind the contact, for deliveries");
    });
  }

  /**
   * Verifies the direct chat read with the actor's member row: empty before the chat exists and for another team,
   * each side gets its own row, and a row that left is still returned (not a member any more).
   */
  @Test
  void directChatWithMember() {
    TeamRow team = newTeam();
    ContactRow alice = person(team, "Alice");
    ContactRow bob = person(team, "Bob");
    assertTrue(await(chats.findDirectWithMember(team.uid(), alice.uid(), bob.uid())).isEmpty());
    ChatRow chat = await(chats.createDirect(team.uid(), alice.uid(), bob.uid(), gentime()));

    ChatWithMember forAlice = await(chats.findDirectWithMember(team.uid(), alice.uid(), bob.uid())).orElseThrow();
    assertEquals(chat, forAlice.chat());
    assertEquals(await(members.find(chat.uid(), alice.uid())).orElseThrow(), forAlice.member());
    ChatWithMember forBob = await(chats.findDirectWithMember(team.uid(), bob.uid(), alice.uid())).orElseThrow();
    assertEquals(await(members.find(chat.uid(), bob.uid())).orElseThrow(), forBob.member());
    assertTrue(await(chats.findDirectWithMember(newTeam().uid(), alice.uid(), bob.uid())).isEmpty());

    await(members.leave(chat.uid(), bob.uid(), gentime()));
    MemberRow left = await(chats.findDirectWithMember(team.uid(), bob.uid(), alice.uid())).orElseThrow().member();
    assertFalse(left.isMember());
  }

  /**
   * Verifies that the pair is ordered as PostgreSQL orders uuids (unsigned), not as Java's signed
   * {@link UUID#compareTo} does: these two uuids compare the other way round in Java.
   */
  @Test
  void pairOrderFollowsPostgres() {
    TeamRow team = newTeam();
    UUID high = UUID.fromString("f0000000-0000-4000-8000-" + UUID.randomUUID().toString().substring(24));
    UUID low = UUID.fromString("10000000-0000-4000-8000-" + UUID.randomUUID().toString().substring(24));
    assertTrue(high.compareTo(low) < 0, "Java orders the f... uuid first");
    person(team, "High", high);
    person(team, "Low", low);
    ChatRow chat = await(chats.createDirect(team.uid(), high, low, gentime()));
    assertEquals(low, chat.directLow());
    assertEquals(high, chat.directHigh());
  }

  /** Verifies that concurrent first messages from both sides make a single direct chat. */
  @Test
  void concurrentCreatesMakeOneChat() {
    TeamRow team = newTeam();
    ContactRow a = person(team, "A");
    ContactRow b = person(team, "B");
    List<Future<ChatRow>> creates = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      creates.add(i % 2 == 0 ? chats.createDirect(team.uid(), a.uid(), b.uid(), gentime())
          : chats.createDirect(team.uid(), b.uid(), a.uid(), gentime()));
    }
    Set<UUID> uids = new HashSet<>();
    creates.forEach(f -> uids.add(await(f).uid()));
    assertEquals(1, uids.size());
    assertEquals(2, await(members.active(uids.iterator().next())).size());
  }

  /** Verifies that nobody gets a chat with themselves and that unknown contacts are refused. */
  @Test
  void directChatBadInputs() {
    TeamRow team = newTeam();
    ContactRow a = person(team, "A");
    failure(chats.createDirect(team.uid(), a.uid(), a.uid(), gentime()), StoreException.Invalid.class);
    failure(chats.createDirect(team.uid(), a.uid(), UUID.randomUUID(), gentime()), StoreException.NotFound.class);
    assertTrue(await(chats.find(UUID.randomUUID())).isEmpty());
    failure(chats.get(UUID.randomUUID()), StoreException.NotFound.class);
  }

  /** Verifies group insert and partial update: unchanged fields stay, the version always grows. */
  @Test
  void groupInsertAndUpdate() {
    TeamRow team = newTeam();
    ContactRow owner = person(team, "Owner");
    ChatRow g = group(team, owner, "Team room", false);
    assertTrue(g.isGroup());
    assertEquals("Team room", g.title());
    assertEquals(owner.uid(), g.creator());
    assertNull(g.autocleanupAge());

    ChatRow renamed = await(chats.updateGroup(g.uid(), new GroupChange("Renamed", null, true, null, null, true, 3600),
        g.baseGentime() - 1000));
    assertEquals("Renamed", renamed.title());
    assertEquals("", renamed.description());
    assertTrue(renamed.isPublic());
    assertFalse(renamed.readonlyForMembers());
    assertEquals(3600, renamed.autocleanupAge());
    assertEquals(g.baseGentime() + 1, renamed.baseGentime(), "a clock behind the row still moves it forward");

    ChatRow cleared = await(chats.updateGroup(g.uid(), new GroupChange(null, "About", null, null, true, true, null),
        gentime()));
    assertNull(cleared.autocleanupAge());
    assertEquals("Renamed", cleared.title());
    assertEquals("About", cleared.description());
    assertTrue(cleared.readonlyForMembers());
    assertTrue(cleared.baseGentime() > renamed.baseGentime());
    assertEquals(cleared, await(chats.get(g.uid())));
    assertTrue(GroupChange.NONE.isEmpty());
  }

  /** Verifies that only groups are updated as groups, and unknown uids are NotFound. */
  @Test
  void groupUpdateBadInputs() {
    TeamRow team = newTeam();
    ChatRow direct = await(chats.createDirect(team.uid(), person(team, "A").uid(), person(team, "B").uid(),
        gentime()));
    failure(chats.updateGroup(direct.uid(), new GroupChange("x", null, null, null, null, false, null), gentime()),
        StoreException.NotFound.class);
    failure(chats.updateGroup(UUID.randomUUID(), GroupChange.NONE, gentime()), StoreException.NotFound.class);
    failure(chats.archive(UUID.randomUUID(), gentime()), StoreException.NotFound.class);
    failure(chats.touch(UUID.randomUUID(), gentime()), StoreException.NotFound.class);
  }

  /** Verifies that archiving ends default_for_all and hides the group from joinable and default lists. */
  @Test
  void archiveAndDefaultForAll() {
    TeamRow team = newTeam();
    ContactRow owner = person(team, "Owner");
    ContactRow other = person(team, "Other");
    ChatRow everyone = group(team, owner, "Everyone", true);
    everyone = await(chats.updateGroup(everyone.uid(), new GroupChange(null, null, null, true, null, false, null),
        gentime()));
    assertEquals(List.of(everyone.uid()), await(chats.defaultForAll(team.uid())).stream().map(ChatRow::uid).toList());
    assertEquals(List.of(everyone.uid()),
        await(chats.joinableGroups(team.uid(), other.uid())).stream().map(ChatRow::uid).toList());
    assertTrue(await(chats.joinableGroups(team.uid(), owner.uid())).isEmpty(), "the owner is in it already");

    ChatRow archived = await(chats.archive(everyone.uid(), gentime()));
    assertTrue(archived.isArchive());
    assertFalse(archived.defaultForAll());
    assertTrue(archived.baseGentime() > everyone.baseGentime());
    assertTrue(await(chats.defaultForAll(team.uid())).isEmpty());
    assertTrue(await(chats.joinableGroups(team.uid(), other.uid())).isEmpty());
  }

  /** Verifies that private groups are never joinable and that a member who left may join a public one again. */
  @Test
  void joinableGroups() {
    TeamRow team = newTeam();
    ContactRow owner = person(team, "Owner");
    ContactRow other = person(team, "Other");
    group(team, owner, "Secret", false);
    ChatRow open = group(team, owner, "Open", true);
    await(members.join(open.uid(), team.uid(), other.uid(), MemberRow.MEMBER, gentime()));
    assertTrue(await(chats.joinableGroups(team.uid(), other.uid())).isEmpty());
    await(members.leave(open.uid(), other.uid(), gentime()));
    assertEquals(List.of(open.uid()),
        await(chats.joinableGroups(team.uid(), other.uid())).stream().map(ChatRow::uid).toList());
    assertTrue(await(chats.joinableGroups(newTeam().uid(), other.uid())).isEmpty(), "other teams see nothing");
  }
}

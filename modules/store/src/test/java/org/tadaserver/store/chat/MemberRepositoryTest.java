package org.tadaserver.store.chat;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.TeamRow;

class MemberRepositoryTest extends ChatTestBase {

  /** Verifies that a new member starts at the chat's end: nothing unread, read marker on the last message. */
  @Test
  void joinStartsWithEverythingRead() {
    TeamRow team = newTeam();
    ContactRow owner = person(team, "Owner");
    ContactRow bob = person(team, "Bob");
    ChatRow g = group(team, owner, "Room", false);
    setLastSeq(g.uid(), 42);
    long at = gentime();
    MemberRow m = await(members.join(g.uid(), team.uid(), bob.uid(), MemberRow.MEMBER, at));
    assertTrue(m.isMember());
    assertFalse(m.isAdmin());
    assertEquals(42, m.lastReadSeq());
    assertEquals(0, m.numUnread());
    assertEquals(at, m.gentime());
    assertEquals(bob.user(), m.userUid());
    assertTrue(m.notificationsEnabled());
    assertTrue(m.countersEnabled());
    assertEquals(m, await(members.find(g.uid(), bob.uid())).orElseThrow());
  }

  /** Verifies that leaving keeps the row (for delta sync), zeroes counters, and that joining again reactivates it. */
  @Test
  void leaveAndRejoin() {
    TeamRow team = newTeam();
    ContactRow owner = person(team, "Owner");
    ContactRow bob = person(team, "Bob");
    ChatRow g = group(team, owner, "Room", true);
    MemberRow joined = await(members.join(g.uid(), team.uid(), bob.uid(), MemberRow.ADMIN, gentime()));
    setUnread(g.uid(), bob.uid(), 5);
    MemberRow left = await(members.leave(g.uid(), bob.uid(), 1));
    assertFalse(left.isMember());
    assertFalse(left.isAdmin(), "status does not survive leaving");
    assertEquals(0, left.numUnread());
    assertEquals(joined.gentime() + 1, left.gentime(), "a stale clock value still moves the version");
    assertEquals(List.of(owner.uid()), await(members.active(g.uid())).stream().map(MemberRow::contactUid).toList());

    await(members.updatePersonal(g.uid(), bob.uid(), new PersonalChange(true, null, null, null, null, null),
        gentime()));
    MemberRow back = await(members.join(g.uid(), team.uid(), bob.uid(), MemberRow.MEMBER, gentime()));
    assertTrue(back.isMember());
    assertFalse(back.hidden(), "a rejoined chat shows up again");
    assertTrue(back.gentime() > left.gentime());
  }

  /** Verifies status changes for members only. */
  @Test
  void setStatus() {
    TeamRow team = newTeam();
    ContactRow owner = person(team, "Owner");
    ContactRow bob = person(team, "Bob");
    ChatRow g = group(team, owner, "Room", false);
    await(members.join(g.uid(), team.uid(), bob.uid(), MemberRow.MEMBER, gentime()));
    assertTrue(await(members.setStatus(g.uid(), bob.uid(), MemberRow.ADMIN, gentime())).isAdmin());
    await(members.leave(g.uid(), bob.uid(), gentime()));
    failure(members.setStatus(g.uid(), bob.uid(), MemberRow.ADMIN, gentime()), StoreException.NotFound.class);
    failure(members.setStatus(g.uid(), owner.uid(), "boss", gentime()), StoreException.Invalid.class);
  }

  /** Verifies that personal settings change only what is given and always move the member's version. */
  @Test
  void personalSettings() {
    TeamRow team = newTeam();
    ContactRow owner = person(team, "Owner");
    ChatRow g = group(team, owner, "Room", false);
    MemberRow before = await(members.find(g.uid(), owner.uid())).orElseThrow();
    MemberRow after = await(members.updatePersonal(g.uid(), owner.uid(),
        new PersonalChange(null, true, 7, false, null, true), gentime()));
    assertTrue(after.pinned());
    assertEquals(7, after.pinnedSortOrdering());
    assertFalse(after.notificationsEnabled());
    assertTrue(after.countersEnabled());
    assertTrue(after.collapsed());
    assertFalse(after.hidden());
    assertTrue(after.gentime() > before.gentime());
    MemberRow touched = await(members.touch(g.uid(), owner.uid(), 0));
    assertEquals(after.gentime() + 1, touched.gentime());
    assertTrue(new PersonalChange(null, null, null, null, null, null).isEmpty());
  }

  /** Verifies lists of members: admins first, left members out, several chats at once. */
  @Test
  void activeMembers() {
    TeamRow team = newTeam();
    ContactRow owner = person(team, "Owner");
    ContactRow a = person(team, "A");
    ContactRow b = person(team, "B");
    ChatRow g1 = group(team, a, "One", false);
    ChatRow g2 = group(team, owner, "Two", false);
    await(members.join(g1.uid(), team.uid(), b.uid(), MemberRow.MEMBER, gentime()));
    await(members.join(g1.uid(), team.uid(), owner.uid(), MemberRow.MEMBER, gentime()));
    await(members.leave(g1.uid(), owner.uid(), gentime()));
    List<MemberRow> one = await(members.active(g1.uid()));
    assertEquals(List.of(a.uid(), b.uid()), one.stream().map(MemberRow::contactUid).toList());
    assertEquals(MemberRow.ADMIN, one.get(0).status());
    List<MemberRow> both = await(members.activeOf(List.of(g1.uid(), g2.uid())));
    assertEquals(3, both.size());
    assertEquals(java.util.Map.of(g1.uid(), 2, g2.uid(), 1),
        await(members.countActive(List.of(g1.uid(), g2.uid(), UUID.randomUUID()))));
    assertTrue(await(members.countActive(List.of())).isEmpty());
    assertTrue(await(members.activeOf(List.of())).isEmpty());
    assertTrue(await(members.active(UUID.randomUUID())).isEmpty());
  }

  /** Verifies joining many at once: new rows and reactivated ones, duplicates taken once, NotFound for strangers. */
  @Test
  void joinAll() {
    TeamRow team = newTeam();
    ContactRow owner = person(team, "Owner");
    ContactRow a = person(team, "A");
    ContactRow b = person(team, "B");
    ChatRow g = group(team, owner, "Room", false);
    await(members.join(g.uid(), team.uid(), a.uid(), MemberRow.ADMIN, gentime()));
    await(members.leave(g.uid(), a.uid(), gentime()));
    setLastSeq(g.uid(), 9);
    List<MemberRow> joined = await(members.joinAll(g.uid(), List.of(a.uid(), b.uid(), b.uid()), MemberRow.MEMBER,
        gentime()));
    assertEquals(2, joined.size());
    joined.forEach(m -> {
      assertTrue(m.isMember());
      assertEquals(MemberRow.MEMBER, m.status());
      assertEquals(9, m.lastReadSeq());
      assertEquals(team.uid(), m.teamUid());
    });
    assertEquals(3, await(members.active(g.uid())).size());
    assertTrue(await(members.joinAll(g.uid(), List.of(), MemberRow.MEMBER, gentime())).isEmpty());
    assertTrue(await(members.joinAll(UUID.randomUUID(), List.of(a.uid()), MemberRow.MEMBER, gentime())).isEmpty());
    failure(members.joinAll(g.uid(), List.of(UUID.randomUUID()), MemberRow.MEMBER, gentime()),
        StoreException.NotFound.class);
  }

  /** Verifies bad inputs: unknown chat or contact, no row to change. */
  @Test
  void badInputs() {
    TeamRow team = newTeam();
    ContactRow owner = person(team, "Owner");
    ChatRow g = group(team, owner, "Room", false);
    failure(members.join(UUID.randomUUID(), team.uid(), owner.uid(), MemberRow.MEMBER, gentime()),
        StoreException.NotFound.class);
    failure(members.join(g.uid(), team.uid(), UUID.randomUUID(), MemberRow.MEMBER, gentime()),
        StoreException.NotFound.class);
    failure(members.leave(g.uid(), UUID.randomUUID(), gentime()), StoreException.NotFound.class);
    failure(members.updatePersonal(g.uid(), UUID.randomUUID(), new PersonalChange(true, null, null, null, null, null),
        gentime()), StoreException.NotFound.class);
    failure(members.touch(g.uid(), UUID.randomUUID(), gentime()), StoreException.NotFound.class);
    assertTrue(await(members.find(g.uid(), UUID.randomUUID())).isEmpty());
  }
}

package org.tadaserver.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.enums.TeamStatus;

class LocalSessionsTest {
  private static final UUID TEAM = UUID.randomUUID();
  private static final UUID USER = UUID.randomUUID();
  private static final String JID = "d-" + UUID.randomUUID();
  private final LocalSessions sessions = new LocalSessions(10);

  private static SessionEvent open(String id, boolean mobile) {
    return SessionEvent.open(id, TEAM, USER, JID, TeamStatus.ADMIN, mobile);
  }

  private ContactState only() {
    List<ContactState> contacts = sessions.report(TEAM, jid -> null).contacts();
    assertEquals(1, contacts.size(), contacts::toString);
    return contacts.get(0);
  }

  /** Verifies open and close, repeats and unknown sessions, and the team index. */
  @Test
  void openAndClose() {
    assertEquals(TEAM, sessions.apply(open("s1", false), 1_000));
    assertNull(sessions.apply(open("s1", false), 1_000), "a repeated open changes nothing");
    assertTrue(sessions.hasTeam(TEAM));
    assertEquals(new ContactState(JID, USER, TeamStatus.ADMIN, false, false, null, 1_000), only());
    assertNull(sessions.apply(SessionEvent.close("nope"), 2_000));
    assertEquals(TEAM, sessions.apply(SessionEvent.close("s1"), 2_000));
    assertFalse(sessions.hasTeam(TEAM));
    assertTrue(sessions.report(TEAM, jid -> null).contacts().isEmpty());
    assertEquals(Set.of(), sessions.teams());
  }

  /** Verifies that an open without its team or contact is ignored. */
  @Test
  void incompleteOpenIsIgnored() {
    assertNull(sessions.apply(new SessionEvent(SessionEvent.Op.OPEN, "s", null, USER, JID, null, false, false), 0));
    assertNull(sessions.apply(new SessionEvent(SessionEvent.Op.OPEN, "s", TEAM, USER, null, null, false, false), 0));
    assertEquals(0, sessions.size());
  }

  /** Verifies client.activity afk and back, and that only real changes are reported. */
  @Test
  void saidAfk() {
    sessions.apply(open("s1", false), 1_000);
    assertEquals(TEAM, sessions.apply(SessionEvent.activity("s1", true), 2_000));
    assertTrue(only().afk());
    assertNull(sessions.apply(SessionEvent.activity("s1", true), 2_500), "still away");
    assertEquals(1_000, only().lastActivity(), "saying afk is not activity");
    assertEquals(TEAM, sessions.apply(SessionEvent.touch("s1"), 3_000), "any event brings the user back");
    assertFalse(only().afk());
    assertEquals(3_000, only().lastActivity());
  }

  /** Verifies idle detection at afk_age, once, and that activity ends it. */
  @Test
  void idleTurnsAfk() {
    sessions.apply(open("s1", false), 0);
    assertEquals(Set.of(), sessions.checkIdle(9_999));
    assertEquals(Set.of(TEAM), sessions.checkIdle(10_000));
    assertEquals(Set.of(), sessions.checkIdle(20_000), "reported once");
    assertTrue(only().afk());
    assertEquals(TEAM, sessions.apply(SessionEvent.touch("s1"), 21_000));
    assertFalse(only().afk());
  }

  /** Verifies that a contact's devices merge: away and mobile only if every device is, the latest activity. */
  @Test
  void devicesMerge() {
    sessions.apply(open("phone", true), 1_000);
    sessions.apply(open("desk", false), 2_000);
    sessions.apply(SessionEvent.activity("desk", true), 3_000);
    ContactState both = only();
    assertFalse(both.afk(), "the phone is still active");
    assertFalse(both.mobile(), "a desktop session is open");
    assertEquals(2_000, both.lastActivity());
    sessions.apply(SessionEvent.close("desk"), 4_000);
    assertTrue(only().mobile());
    Instant focus = Instant.parse("2030-01-01T00:00:00Z");
    assertEquals(focus, sessions.report(TEAM, jid -> focus).contacts().get(0).focusUntil());
    assertEquals(List.of(TEAM, USER), sessions.teamAndUser("phone"));
    assertNull(sessions.teamAndUser("desk"));
  }

  /** Verifies that one contact's state, computed from its own sessions, is what the whole report says of it. */
  @Test
  void contactStateMatchesReport() {
    String other = "d-" + UUID.randomUUID();
    UUID otherUser = UUID.randomUUID();
    sessions.apply(open("phone", true), 1_000);
    sessions.apply(open("desk", false), 2_000);
    sessions.apply(SessionEvent.open("o1", TEAM, otherUser, other, TeamStatus.MEMBER, true), 3_000);
    sessions.apply(SessionEvent.activity("desk", true), 4_000);
    for (ContactState reported : sessions.report(TEAM, jid -> null).contacts()) {
      assertEquals(reported, sessions.contactState(TEAM, reported.jid(), jid -> null));
    }
    assertEquals(java.util.Map.entry(TEAM, JID), sessions.contactOf("desk"));
    assertNull(sessions.contactOf("nope"));
    sessions.apply(SessionEvent.close("phone"), 5_000);
    sessions.apply(SessionEvent.close("desk"), 5_000);
    assertNull(sessions.contactState(TEAM, JID, jid -> null), "no session of the contact left");
    assertEquals(other, sessions.contactState(TEAM, other, jid -> null).jid());
    assertNull(sessions.contactState(UUID.randomUUID(), other, jid -> null), "unknown team");
  }
}

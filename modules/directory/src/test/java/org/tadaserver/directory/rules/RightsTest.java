package org.tadaserver.directory.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.protocol.enums.TeamStatus.ADMIN;
import static org.tadaserver.protocol.enums.TeamStatus.GUEST;
import static org.tadaserver.protocol.enums.TeamStatus.MEMBER;
import static org.tadaserver.protocol.enums.TeamStatus.OWNER;

import java.util.List;
import org.junit.jupiter.api.Test;

class RightsTest {

  /** Verifies who may give which status: only the owner gives owner, members and guests give none. */
  @Test
  void changeableStatuses() {
    assertEquals(List.of(OWNER, ADMIN, MEMBER, GUEST), Rights.changeableStatuses(OWNER));
    assertEquals(List.of(ADMIN, MEMBER, GUEST), Rights.changeableStatuses(ADMIN));
    assertEquals(List.of(), Rights.changeableStatuses(MEMBER));
    assertEquals(List.of(), Rights.changeableStatuses(GUEST));
  }

  /** Verifies status changes: admins act below themselves, only the owner makes owners, nobody changes themselves. */
  @Test
  void setStatus() {
    assertTrue(Rights.canSetStatus(ADMIN, MEMBER, false, ADMIN));
    assertTrue(Rights.canSetStatus(ADMIN, GUEST, false, MEMBER));
    assertFalse(Rights.canSetStatus(ADMIN, MEMBER, false, OWNER));
    assertFalse(Rights.canSetStatus(ADMIN, ADMIN, false, MEMBER));
    assertFalse(Rights.canSetStatus(ADMIN, OWNER, false, MEMBER));
    assertTrue(Rights.canSetStatus(OWNER, ADMIN, false, OWNER));
    assertFalse(Rights.canSetStatus(OWNER, OWNER, true, ADMIN));
    assertFalse(Rights.canSetStatus(MEMBER, GUEST, false, MEMBER));
    assertFalse(Rights.canSetStatus(GUEST, GUEST, false, MEMBER));
  }

  /** Verifies archiving: never the owner, never oneself, only by someone who outranks the contact. */
  @Test
  void archive() {
    assertTrue(Rights.canArchive(OWNER, ADMIN, false));
    assertTrue(Rights.canArchive(ADMIN, MEMBER, false));
    assertFalse(Rights.canArchive(ADMIN, OWNER, false));
    assertFalse(Rights.canArchive(ADMIN, ADMIN, false));
    assertFalse(Rights.canArchive(OWNER, OWNER, true));
    assertFalse(Rights.canArchive(MEMBER, GUEST, false));
  }

  /** Verifies the guest restriction and the admin test. */
  @Test
  void guestsAndAdmins() {
    assertFalse(Rights.canCreateShared(GUEST));
    assertTrue(Rights.canCreateShared(MEMBER));
    assertTrue(Rights.isAdmin(OWNER) && Rights.isAdmin(ADMIN));
    assertFalse(Rights.isAdmin(MEMBER) || Rights.isAdmin(GUEST));
  }
}

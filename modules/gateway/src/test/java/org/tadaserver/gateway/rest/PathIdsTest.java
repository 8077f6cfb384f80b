package org.tadaserver.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.ApiError;

class PathIdsTest {
  private static final String UID = "bd500a50-3a38-44d1-a43c-fb1a48e1a79e";

  /** Verifies that a team id is a bare UUID in either case. */
  @Test
  void teamIds() {
    assertEquals(UUID.fromString(UID), PathIds.team(UID));
    assertEquals(UUID.fromString(UID), PathIds.team(UID.toUpperCase()));
  }

  /** Verifies that anything else is the same 404 as an unknown team. */
  @Test
  void badTeamIdsAreNotFound() {
    for (String bad : new String[] {"1-1-1-1-1", "d-" + UID, UID + "0", "teams", "", null}) {
      ServiceException e = assertThrows(ServiceException.class, () -> PathIds.team(bad), String.valueOf(bad));
      assertEquals(ApiError.NOT_FOUND, e.error());
    }
  }

  /** Verifies that a contact id is a d- JID, returned in canonical lowercase form. */
  @Test
  void contactIds() {
    assertEquals("d-" + UID, PathIds.contact("d-" + UID));
    assertEquals("d-" + UID, PathIds.contact("D-" + UID.toUpperCase()));
  }

  /** Verifies that other JIDs, bare UUIDs and junk are the same 404 as an unknown contact. */
  @Test
  void badContactIdsAreNotFound() {
    for (String bad : new String[] {UID, "g-" + UID, "d-1-1-1-1-1", "d-", "x", null}) {
      ServiceException e = assertThrows(ServiceException.class, () -> PathIds.contact(bad), String.valueOf(bad));
      assertEquals(ApiError.NOT_FOUND, e.error());
    }
  }
}

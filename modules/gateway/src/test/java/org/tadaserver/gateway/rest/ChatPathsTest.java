package org.tadaserver.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.ApiError;

/** Chat ids in paths: canonical forms accepted, everything else the same 404 as an unknown id. */
class ChatPathsTest {
  private static final String UUID = "bd500a50-3a38-44d1-a43c-fb1a48e1a79e";

  /** Verifies that direct, group and task JIDs are chats (upper case is lowered), and other prefixes are not. */
  @Test
  void chats() {
    assertEquals("d-" + UUID, ChatPaths.chat("d-" + UUID));
    assertEquals("g-" + UUID, ChatPaths.chat("G-" + UUID.toUpperCase()));
    assertEquals("t-" + UUID, ChatPaths.chat("t-" + UUID));
    for (String bad : new String[] {null, "", UUID, "x-" + UUID, "sd-" + UUID, "m-" + UUID, "g-" + UUID + "0",
        "g-1-1-1-1-1", "g-../../teams"}) {
      assertNotFound(() -> ChatPaths.chat(bad));
    }
  }

  /** Verifies that a group path takes only g- JIDs. */
  @Test
  void groups() {
    assertEquals("g-" + UUID, ChatPaths.group("g-" + UUID));
    assertNotFound(() -> ChatPaths.group("d-" + UUID));
    assertNotFound(() -> ChatPaths.group("t-" + UUID));
  }

  /** Verifies that a message id is a UUID in its canonical form. */
  @Test
  void messages() {
    assertEquals(UUID, ChatPaths.message(UUID));
    assertEquals(UUID, ChatPaths.message(UUID.toUpperCase()));
    for (String bad : new String[] {null, "", "1-1-1-1-1", "g-" + UUID, UUID + "0", "not-a-uuid"}) {
      assertNotFound(() -> ChatPaths.message(bad));
    }
  }

  private static void assertNotFound(Runnable call) {
    ServiceException e = assertThrows(ServiceException.class, call::run);
    assertEquals(ApiError.NOT_FOUND, e.error());
  }
}

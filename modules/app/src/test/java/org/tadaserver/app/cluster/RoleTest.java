package org.tadaserver.app.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

  /** Verifies that a list is parsed in any case and spacing, and kept in declaration order. */
  @Test
  void parsesLists() {
    assertEquals(List.of(Role.GATEWAY, Role.PRESENCE, Role.DIRECTORY, Role.CHATS),
        List.copyOf(Role.parse("chats, Directory,PRESENCE ,gateway")));
    assertEquals(Set.of(Role.CHATS), Role.parse("chats"));
    assertEquals(Set.of(Role.REMINDS), Role.parse("Reminds"));
    assertEquals(Set.of(Role.DIRECTORY, Role.CHATS), Role.parse(" directory,,chats, "));
    assertEquals("gateway", Role.GATEWAY.configName());
  }

  /** Verifies that unknown names, an empty list and a gateway without presence (or the reverse) are refused. */
  @Test
  void refusesBadLists() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Role.parse("gateway,web"));
    assertTrue(unknown.getMessage().contains("'web'"), unknown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Role.parse(""));
    assertThrows(IllegalArgumentException.class, () -> Role.parse(" , "));
    assertThrows(IllegalArgumentException.class, () -> Role.parse("gateway,chats"));
    assertThrows(IllegalArgumentException.class, () -> Role.parse("presence"));
  }
}

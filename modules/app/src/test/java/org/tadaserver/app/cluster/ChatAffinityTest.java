package org.tadaserver.app.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChatAffinityTest {
  private static final List<String> NODES = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
      UUID.randomUUID().toString());

  /** Verifies that the owner depends on the team and the set of nodes only, not on their order. */
  @Test
  void ownerIsDeterministic() {
    String team = UUID.randomUUID().toString();
    String owner = ChatAffinity.owner(team, NODES);
    assertTrue(NODES.contains(owner));
    assertEquals(owner, ChatAffinity.owner(team, List.of(NODES.get(2), NODES.get(0), NODES.get(1))));
    assertNull(ChatAffinity.owner(null, NODES));
    assertNull(ChatAffinity.owner(team, List.of()));
    assertEquals(NODES.get(1), ChatAffinity.owner(team, List.of(NODES.get(1))));
  }

  /** Verifies that teams spread over the nodes, and that removing a node moves only the teams it owned. */
  @Test
  void teamsSpreadAndMoveLittle() {
    Map<String, Integer> counts = new HashMap<>();
    int moved = 0;
    int teams = 3_000;
    for (int i = 0; i < teams; i++) {
      String team = UUID.randomUUID().toString();
      String owner = ChatAffinity.owner(team, NODES);
      counts.merge(owner, 1, Integer::sum);
      String after = ChatAffinity.owner(team, NODES.subList(0, 2));
      if (!owner.equals(after)) {
        moved++;
        assertEquals(NODES.get(2), owner, "only the removed node's teams move");
      }
    }
    for (String node : NODES) {
      assertTrue(counts.get(node) > teams / 3 * 0.8, "share of " + node + ": " + counts);
    }
    assertEquals(counts.get(NODES.get(2)).intValue(), moved);
  }

  /** Verifies the team read from a bus request, and that other bodies have none. */
  @Test
  void teamOfRequest() {
    String team = UUID.randomUUID().toString();
    assertEquals(team, ChatAffinity.team("{\"method\":\"send\",\"args\":[{\"team\":\"" + team + "\",\"user\":\"u\"},{}]}"));
    assertNull(ChatAffinity.team("{\"method\":\"x\",\"args\":[]}"));
    assertNull(ChatAffinity.team("{\"method\":\"x\",\"args\":[\"" + team + "\"]}"));
    assertNull(ChatAffinity.team("{\"method\":\"x\",\"args\":[{\"team\":5}]}"));
    assertNull(ChatAffinity.team("not json"));
  }
}

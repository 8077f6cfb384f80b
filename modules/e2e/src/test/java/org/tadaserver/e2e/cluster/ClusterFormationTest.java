package org.tadaserver.e2e.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestCluster;
import org.tadaserver.testkit.TestNode;
import org.tadaserver.testkit.client.TadaSocket;

/** Three clustered nodes in one JVM on one database: one cluster, any node serves any user, events cross nodes. */
class ClusterFormationTest {
  private static TestCluster cluster;
  private static UUID team;
  private static CreatedUser alice;
  private static CreatedUser bob;

  @BeforeAll
  static void start() {
    cluster = TestCluster.start(3);
    team = cluster.admin().createTeam();
    alice = cluster.admin().newUser(team, false);
    bob = cluster.admin().newUser(team, false);
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  /** Verifies that the three nodes form one cluster of three distinct members. */
  @Test
  void threeNodesFormOneCluster() {
    Set<String> ids = new HashSet<>();
    for (TestNode node : cluster.nodes()) {
      assertTrue(node.node().clustered());
      assertEquals(3, node.node().clusterMembers(), "members seen by " + node.node().config().nodeId());
      ids.add(node.node().clusterNodeId());
    }
    assertEquals(3, ids.size());
  }

  /** Verifies that every node answers REST for any user, whichever node's services handle the call. */
  @Test
  void anyNodeServesAnyUser() {
    for (TestNode node : cluster.nodes()) {
      for (int i = 0; i < 4; i++) {
        JsonNode teams = client(node, alice).get("/api/v4/teams").result();
        assertEquals(team.toString(), teams.get(0).path("uid").asText());
      }
    }
  }

  /** Verifies that a change made through node 0 reaches a socket on node 2 (and one on node 0) once. */
  @Test
  void eventsCrossNodes() {
    try (TadaSocket far = client(cluster.node(2), bob).ws(team);
        TadaSocket near = client(cluster.node(0), bob).ws(team)) {
      far.await("server.time");
      near.await("server.time");
      String mood = "mood " + UUID.randomUUID();
      client(cluster.node(0), alice).post("/api/v4/teams/" + team + "/contacts/" + alice.jid(), Map.of("mood", mood))
          .result();
      for (TadaSocket ws : new TadaSocket[] {far, near}) {
        JsonNode updated = ws.await("server.contact.updated",
            e -> e.path("params").path("contacts").get(0).path("mood").asText().equals(mood), Duration.ofSeconds(10));
        assertEquals(alice.jid(), updated.path("params").path("contacts").get(0).path("jid").asText());
        ws.expectNone("server.contact.updated", Duration.ofMillis(300));
      }
    }
  }

  private static TadaClient client(TestNode node, CreatedUser user) {
    return TadaClient.of(node.baseUrl()).withToken(user.token());
  }
}

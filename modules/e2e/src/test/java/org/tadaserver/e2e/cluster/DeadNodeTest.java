package org.tadaserver.e2e.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestCluster;

/** A member that dies without leaving is removed within seconds, and the survivors keep serving. */
class DeadNodeTest {

  /** Verifies that after a crash of node 2 the others see two members within 10 s and still answer. */
  @Test
  void crashedMemberIsRemovedWithinSeconds() throws InterruptedException {
    try (TestCluster cluster = TestCluster.start(3)) {
      UUID team = cluster.admin().createTeam();
      CreatedUser user = cluster.admin().newUser(team, false);
      long killedAt = System.nanoTime();
      cluster.kill(2);
      long deadline = killedAt + 10_000_000_000L;
      while ((cluster.node(0).node().clusterMembers() > 2 || cluster.node(1).node().clusterMembers() > 2)
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      long removedMs = (System.nanoTime() - killedAt) / 1_000_000;
      assertEquals(2, cluster.node(0).node().clusterMembers(), "still 3 members after " + removedMs + " ms");
      assertEquals(2, cluster.node(1).node().clusterMembers());
      System.out.println("crashed member removed after " + removedMs + " ms");
      assertTrue(removedMs < 10_000);
      for (int i = 0; i < 6; i++) {
        TadaClient.of(cluster.node(i % 2).baseUrl()).withToken(user.token()).get("/api/v4/teams").result();
      }
    }
  }
}

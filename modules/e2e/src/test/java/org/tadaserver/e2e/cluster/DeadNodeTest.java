package org.tadaserver.e2e.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestCluster;
import org.tadaserver.testkit.client.TadaSocket;

/** A member that dies without leaving is removed within seconds: from the cluster, and its sessions from presence. */
class DeadNodeTest {

  /**
   * Verifies that after a crash of node 2 the others see two members within 10 s, that a viewer on node 0 sees the
   * sessions of node 2 leave server.online within 10 s, and that the survivors serve every call again soon after.
   */
  @Test
  void crashedMemberAndItsSessionsLeaveWithinSeconds() throws InterruptedException {
    try (TestCluster cluster = TestCluster.start(3)) {
      UUID team = cluster.admin().createTeam();
      CreatedUser viewer = cluster.admin().newUser(team, false);
      CreatedUser victim = cluster.admin().newUser(team, false);
      try (TadaSocket watching = client(cluster, 0, viewer).ws(team);
          TadaSocket doomed = client(cluster, 2, victim).ws(team)) {
        Online.awaitWith(watching, victim.jid(), c -> true, Duration.ofSeconds(10));
        watching.drain();
        long killedAt = System.nanoTime();
        cluster.kill(2);
        Online.awaitWithout(watching, victim.jid(), Duration.ofSeconds(10));
        long goneMs = (System.nanoTime() - killedAt) / 1_000_000;
        long deadline = killedAt + 10_000_000_000L;
        while ((cluster.node(0).node().clusterMembers() > 2 || cluster.node(1).node().clusterMembers() > 2)
            && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        long removedMs = (System.nanoTime() - killedAt) / 1_000_000;
        assertEquals(2, cluster.node(0).node().clusterMembers(), "still 3 members after " + removedMs + " ms");
        assertEquals(2, cluster.node(1).node().clusterMembers());
        System.out.println("[dead-node] member removed after " + removedMs + " ms, its sessions left presence after "
            + goneMs + " ms");
        assertTrue(goneMs < 10_000);
        // a node that runs the services serves its own gateway's calls, so no call waits on the dead node's
        // registrations (which Vert.x drops only after Hazelcast removed the member)
        long servingAfter = -1;
        long until = System.nanoTime() + 10_000_000_000L;
        while (servingAfter < 0 && System.nanoTime() < until) {
          try {
            for (int i = 0; i < 6; i++) {
              client(cluster, i % 2, viewer).get("/api/v4/teams").result();
            }
            servingAfter = (System.nanoTime() - killedAt) / 1_000_000;
          } catch (RuntimeException | AssertionError e) {
            Thread.sleep(200);
          }
        }
        System.out.println("[dead-node] survivors serve every call " + servingAfter + " ms after the crash");
        assertTrue(servingAfter >= 0, "the survivors do not serve 10 s after the crash");
      }
    }
  }

  private static TadaClient client(TestCluster cluster, int node, CreatedUser user) {
    return TadaClient.of(cluster.node(node).baseUrl()).withToken(user.token());
  }
}

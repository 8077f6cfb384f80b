package org.tadaserver.e2e.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Issue 4's acceptance with real processes: three node JVMs (the built jar) clustered on loopback over one PostgreSQL,
 * behind nginx ({@link ProcessCluster}, shared with {@link FaultInjectionIT}). Clients chat through nginx at a steady rate while one JVM is killed with SIGKILL: they
 * reconnect and catch up, every confirmed message is present exactly once for every member, and presence drops the
 * dead node's sessions within 10 s. The node is started again, and the same run with SIGTERM (drain) instead shows the
 * clients no error at all.
 */
@ExtendWith(ClusterExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {
  private static final Duration PRESENCE_LIMIT = Duration.ofSeconds(10);
  private static final int CLIENTS = 6;
  private static final Duration PACE = Duration.ofMillis(150);
  private static ProcessCluster cluster;
  private static Accounts accounts;
  private static String nginx;

  @BeforeAll
  static void start(ProcessCluster shared) throws Exception {
    cluster = shared;
    cluster.ensureWhole();
    accounts = cluster.accounts();
    nginx = cluster.nginxUrl();
  }

  /**
   * Verifies that after a SIGKILL of node 2 under steady traffic the clients reconnect through nginx and catch up,
   * every confirmed message is stored once and reached every member, and the dead node's sessions leave presence in
   * time.
   */
  @Test
  @Order(1)
  void sigkill() throws Exception {
    UUID team = accounts.newTeam();
    CreatedUser watcher = accounts.newUser(team, false);
    CreatedUser victim = accounts.newUser(team, false);
    try (Conversation talk = new Conversation(accounts, CLIENTS, nginx, i -> () -> nginx);
        TadaSocket watching = ProcessCluster.client(cluster.node(0).url(), watcher).ws(team);
        TadaSocket doomed = ProcessCluster.client(cluster.node(2).url(), victim).ws(team)) {
      Online.awaitWith(watching, victim.jid(), c -> true, Duration.ofSeconds(20));
      talk.start(PACE);
      Thread.sleep(4_000);
      watching.drain();
      long killedAt = System.nanoTime();
      cluster.node(2).kill();
      Online.awaitWithout(watching, victim.jid(), PRESENCE_LIMIT);
      long goneMs = (System.nanoTime() - killedAt) / 1_000_000;
      Thread.sleep(4_000);
      talk.stop();
      Reports.report("SIGKILL: victim left presence after %d ms; %d confirmed messages; reconnects %s; resends %d; "
          + "errors %d", goneMs, talk.confirmed().size(), Reports.reconnects(talk), Reports.resends(talk), talk.errors().size());
      assertTrue(goneMs <= PRESENCE_LIMIT.toMillis());
      assertTrue(talk.clients.stream().anyMatch(c -> c.reconnects() > 0), "some client was on the killed node");
      talk.assertNothingLost(nginx);
    }
  }

  /** Starts node 2 again; it joins the cluster and serves. */
  @Test
  @Order(2)
  void restart() throws Exception {
    cluster.restart(2);
    cluster.awaitWhole();
  }

  /**
   * Verifies a rolling step with SIGTERM instead: node 1 drains under steady traffic, and the clients see no error at
   * all (no lost socket, no refused reconnect, no missing confirm), lose nothing, and the node exits cleanly.
   */
  @Test
  @Order(3)
  void sigterm() throws Exception {
    try (Conversation talk = new Conversation(accounts, CLIENTS, nginx, i -> () -> nginx)) {
      talk.start(PACE);
      Thread.sleep(4_000);
      int exit = cluster.node(1).terminate();
      Thread.sleep(4_000);
      talk.stop();
      Reports.report("SIGTERM: exit %d; %d confirmed messages; reconnects %s; resends %d; errors %s", exit,
          talk.confirmed().size(), Reports.reconnects(talk), Reports.resends(talk), talk.errors());
      assertEquals(List.of(), talk.errors(), "a drain shows clients no error");
      assertTrue(talk.clients.stream().anyMatch(c -> c.closeCodes().contains(1001)), "some client was drained");
      talk.assertNothingLost(nginx);
      assertTrue(exit == 0 || exit == 143, "exit code " + exit + ": " + cluster.node(1).tail());
    }
  }
}

package org.tadaserver.e2e.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.directory.admin.DirectoryAdmin;
import org.tadaserver.store.db.Database;
import org.tadaserver.store.db.DatabaseConfig;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Issue 4's acceptance with real processes: three node JVMs (the built jar) clustered on loopback over one embedded
 * PostgreSQL, behind nginx. Clients chat through nginx at a steady rate while one JVM is killed with SIGKILL: they
 * reconnect and catch up, every confirmed message is present exactly once for every member, and presence drops the
 * dead node's sessions within 10 s. The node is started again, and the same run with SIGTERM (drain) instead shows the
 * clients no error at all.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {
  private static final Duration PRESENCE_LIMIT = Duration.ofSeconds(10);
  private static final int CLIENTS = 6;
  private static final Duration PACE = Duration.ofMillis(150);
  private static Path dir;
  private static Vertx vertx;
  private static Database database;
  private static Accounts accounts;
  private static List<Integer> httpPorts;
  private static Map<String, String> clusterEnv;
  private static final List<NodeProcess> nodes = new ArrayList<>();
  private static NginxProcess nginx;

  @BeforeAll
  static void start() throws Exception {
    dir = Files.createTempDirectory("tada-it-");
    vertx = Vertx.vertx();
    // this JVM holds the embedded server, so it outlives every node that is killed
    database = Database.open(vertx, new DatabaseConfig(null, dir.resolve("data"), 2, 0, false))
        .await(120, TimeUnit.SECONDS);
    accounts = Accounts.of(new DirectoryAdmin(database));
    List<Integer> ports = freePorts(7);
    httpPorts = ports.subList(0, 3);
    List<Integer> hazelcast = ports.subList(3, 6);
    clusterEnv = new HashMap<>(Map.of(
        "TADA_CLUSTER_ENABLED", "true",
        "TADA_CLUSTER_NAME", "tada-it-" + ProcessHandle.current().pid(),
        "TADA_CLUSTER_MEMBERS", hazelcast.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(",")),
        "TADA_PRESENCE_ONLINE_INTERVAL_MS", "2000"));
    for (int i = 0; i < 3; i++) {
      nodes.add(null);
    }
    List<Integer> order = List.of(0, 1, 2);
    for (int i : order) {
      nodes.set(i, startNode(i, hazelcast.get(i)));
    }
    for (NodeProcess node : nodes) {
      node.awaitListening(180);
    }
    nginx = NginxProcess.start(dir.resolve("nginx"), ports.get(6), httpPorts);
    awaitCluster();
  }

  @AfterAll
  static void stop() throws Exception {
    if (nginx != null) {
      nginx.close();
    }
    for (NodeProcess node : nodes) {
      if (node != null && node.isAlive()) {
        node.terminate();
      }
    }
    if (database != null) {
      database.close().await(60, TimeUnit.SECONDS);
    }
    vertx.close().await(30, TimeUnit.SECONDS);
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
    try (Conversation talk = new Conversation(accounts, CLIENTS, nginx.url(), i -> nginx::url);
        TadaSocket watching = client(nodes.get(0).url(), watcher).ws(team);
        TadaSocket doomed = client(nodes.get(2).url(), victim).ws(team)) {
      Online.awaitWith(watching, victim.jid(), c -> true, Duration.ofSeconds(20));
      talk.start(PACE);
      Thread.sleep(4_000);
      watching.drain();
      long killedAt = System.nanoTime();
      nodes.get(2).kill();
      Online.awaitWithout(watching, victim.jid(), PRESENCE_LIMIT);
      long goneMs = (System.nanoTime() - killedAt) / 1_000_000;
      Thread.sleep(4_000);
      talk.stop();
      report("SIGKILL: victim left presence after %d ms; %d confirmed messages; reconnects %s; resends %d; "
          + "errors %d", goneMs, talk.confirmed().size(), reconnects(talk), resends(talk), talk.errors().size());
      assertTrue(goneMs <= PRESENCE_LIMIT.toMillis());
      assertTrue(talk.clients.stream().anyMatch(c -> c.reconnects() > 0), "some client was on the killed node");
      talk.assertNothingLost(nginx.url());
    }
  }

  /** Starts node 2 again; it joins the cluster and serves. */
  @Test
  @Order(2)
  void restart() throws Exception {
    NodeProcess again = startNode(2, Integer.parseInt(clusterEnv.get("TADA_CLUSTER_MEMBERS").split(",")[2]
        .split(":")[1]));
    nodes.set(2, again);
    again.awaitListening(180);
    awaitCluster();
  }

  /**
   * Verifies a rolling step with SIGTERM instead: node 1 drains under steady traffic, and the clients see no error at
   * all (no lost socket, no refused reconnect, no missing confirm), lose nothing, and the node exits cleanly.
   */
  @Test
  @Order(3)
  void sigterm() throws Exception {
    try (Conversation talk = new Conversation(accounts, CLIENTS, nginx.url(), i -> nginx::url)) {
      talk.start(PACE);
      Thread.sleep(4_000);
      int exit = nodes.get(1).terminate();
      Thread.sleep(4_000);
      talk.stop();
      report("SIGTERM: exit %d; %d confirmed messages; reconnects %s; resends %d; errors %s", exit,
          talk.confirmed().size(), reconnects(talk), resends(talk), talk.errors());
      assertEquals(List.of(), talk.errors(), "a drain shows clients no error");
      assertTrue(talk.clients.stream().anyMatch(c -> c.closeCodes().contains(1001)), "some client was drained");
      talk.assertNothingLost(nginx.url());
      assertTrue(exit == 0 || exit == 143, "exit code " + exit + ": " + nodes.get(1).tail());
    }
  }

  private static NodeProcess startNode(int i, int hazelcastPort) throws IOException {
    Map<String, String> env = new HashMap<>(clusterEnv);
    env.put("TADA_CLUSTER_PORT", Integer.toString(hazelcastPort));
    return NodeProcess.start("it-n" + i, httpPorts.get(i), dir.resolve("data"), Path.of("target", "cluster-it-logs"), env);
  }

  /** Waits until a session on each live node is online for a watcher on node 0: the cluster is whole end to end. */
  private static void awaitCluster() throws Exception {
    UUID team = accounts.newTeam();
    CreatedUser watcher = accounts.newUser(team, false);
    List<TadaSocket> probes = new ArrayList<>();
    try (TadaSocket watching = client(nodes.get(0).url(), watcher).ws(team)) {
      for (NodeProcess node : nodes) {
        if (node.isAlive()) {
          CreatedUser probe = accounts.newUser(team, false);
          probes.add(client(node.url(), probe).ws(team));
          Online.awaitWith(watching, probe.jid(), c -> true, Duration.ofSeconds(60));
        }
      }
    } finally {
      probes.forEach(TadaSocket::close);
    }
  }

  private static TadaClient client(String url, CreatedUser user) {
    return TadaClient.of(url).withToken(user.token());
  }

  private static String reconnects(Conversation talk) {
    return talk.clients.stream().map(c -> Integer.toString(c.reconnects())).collect(Collectors.joining(",", "[", "]"));
  }

  private static int resends(Conversation talk) {
    return talk.clients.stream().mapToInt(ChattingClient::resends).sum();
  }

  private static void report(String format, Object... args) throws IOException {
    String line = String.format(format, args);
    System.out.println("[cluster-it] " + line);
    Files.writeString(Path.of("target", "cluster-it.txt"), line + System.lineSeparator(),
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
  }

  private static List<Integer> freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } finally {
      for (ServerSocket s : sockets) {
        s.close();
      }
    }
  }
}

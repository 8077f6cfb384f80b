package org.tadaserver.e2e.cluster;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.directory.admin.DirectoryAdmin;
import org.tadaserver.store.db.Database;
import org.tadaserver.store.db.DatabaseConfig;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Three node JVMs (the built jar) clustered over Hazelcast on loopback, one PostgreSQL the test owns
 * ({@link PostgresProcess}), and nginx in front: the set-up every multi-process scenario shares. {@link ClusterExtension}
 * starts it once per test JVM and closes it at the end, so the failover and fault-injection suites pay for one start.
 * A scenario that stops nodes leaves the cluster as it is; the next one calls {@link #ensureWhole()}.
 */
final class ProcessCluster implements AutoCloseable {
  static final int SIZE = 3;
  private final Path dir;
  private final Vertx vertx = Vertx.vertx();
  private final List<NodeProcess> nodes = new ArrayList<>();
  private final List<Integer> httpPorts;
  private final List<Integer> hazelcastPorts;
  private final Map<String, String> clusterEnv;
  private PostgresProcess postgres;
  private Database database;
  private Accounts accounts;
  private NginxProcess nginx;

  private ProcessCluster(Path dir, List<Integer> ports) {
    this.dir = dir;
    this.httpPorts = ports.subList(0, SIZE);
    this.hazelcastPorts = ports.subList(SIZE, 2 * SIZE);
    this.clusterEnv = Map.of(
        "TADA_CLUSTER_ENABLED", "true",
        "TADA_CLUSTER_NAME", "tada-it-" + ProcessHandle.current().pid(),
        "TADA_CLUSTER_MEMBERS", hazelcastPorts.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(",")),
        "TADA_PRESENCE_ONLINE_INTERVAL_MS", "2000",
        "TADA_PG_URL", "postgresql://postgres:postgres@127.0.0.1:" + ports.get(2 * SIZE + 1) + "/postgres");
  }

  /** Starts PostgreSQL, the three nodes (at once) and nginx, and waits until the cluster is whole end to end. */
  static ProcessCluster start() throws Exception {
    List<Integer> ports = freePorts(2 * SIZE + 2);
    ProcessCluster cluster = new ProcessCluster(Files.createTempDirectory("tada-it-"), ports);
    try {
      cluster.postgres = PostgresProcess.start(cluster.dir.resolve("pg"), ports.get(2 * SIZE + 1));
      // the test's own pool makes the accounts; migrating first spares the nodes a race for Flyway's lock
      cluster.database = Database.open(cluster.vertx, DatabaseConfig.external(cluster.postgres.url()).withPoolSize(2))
          .await(120, TimeUnit.SECONDS);
      cluster.accounts = Accounts.of(new DirectoryAdmin(cluster.database));
      for (int i = 0; i < SIZE; i++) {
        cluster.nodes.add(cluster.launch(i));
      }
      for (NodeProcess node : cluster.nodes) {
        node.awaitListening(180);
      }
      cluster.nginx = NginxProcess.start(cluster.dir.resolve("nginx"), ports.get(2 * SIZE), cluster.httpPorts);
      cluster.awaitWhole();
      return cluster;
    } catch (Exception | Error e) {
      cluster.close();
      throw e;
    }
  }

  NodeProcess node(int i) {
    return nodes.get(i);
  }

  String nginxUrl() {
    return nginx.url();
  }

  Accounts accounts() {
    return accounts;
  }

  PostgresProcess postgres() {
    return postgres;
  }

  /** Starts node {@code i} again (after it stopped or was killed) and waits until it listens. */
  NodeProcess restart(int i) throws Exception {
    if (nodes.get(i).isAlive()) {
      throw new IllegalStateException(nodes.get(i).name + " still runs");
    }
    NodeProcess again = launch(i);
    nodes.set(i, again);
    again.awaitListening(180);
    return again;
  }

  /** Restarts every node that is down and waits until the cluster is whole: what a scenario needs to begin. */
  void ensureWhole() throws Exception {
    for (int i = 0; i < SIZE; i++) {
      if (!nodes.get(i).isAlive()) {
        restart(i);
      }
    }
    awaitWhole();
  }

  /**
   * Waits until every live node is ready and a session on each is online for a watcher on node 0: the cluster is
   * whole end to end.
   */
  void awaitWhole() throws Exception {
    for (NodeProcess node : nodes) {
      if (node.isAlive()) {
        awaitReady(node, Duration.ofSeconds(90));
      }
    }
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

  /** Polls {@code /health/ready} until it answers 200 (the node serves and its database answers). */
  static void awaitReady(NodeProcess node, Duration limit) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready = HttpRequest.newBuilder(URI.create(node.url() + "/health/ready"))
        .timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + limit.toNanos();
    int last = -1;
    while (System.nanoTime() < deadline) {
      try {
        last = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (last == 200) {
          return;
        }
      } catch (IOException e) {
        last = -1;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(node.name + " not ready within " + limit + " (last status " + last + "): "
        + node.tail());
  }

  static TadaClient client(String url, CreatedUser user) {
    return TadaClient.of(url).withToken(user.token());
  }

  private NodeProcess launch(int i) throws IOException {
    Map<String, String> env = new HashMap<>(clusterEnv);
    env.put("TADA_CLUSTER_PORT", Integer.toString(hazelcastPorts.get(i)));
    return NodeProcess.start("it-n" + i, httpPorts.get(i), dir.resolve("data"), Path.of("target",
        "cluster-it-logs"), env);
  }

  @Override
  public void close() throws Exception {
    if (nginx != null) {
      nginx.close();
    }
    for (NodeProcess node : nodes) {
      if (node.isAlive()) {
        node.resume();
        node.terminate();
      }
    }
    if (database != null) {
      database.close().await(60, TimeUnit.SECONDS);
    }
    vertx.close().await(30, TimeUnit.SECONDS);
    if (postgres != null) {
      postgres.close();
    }
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

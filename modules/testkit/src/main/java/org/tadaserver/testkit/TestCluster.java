package org.tadaserver.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.store.db.EmbeddedDatabaseFixture;

/**
 * Several clustered nodes in this JVM (separate Vert.x and Hazelcast instances on loopback) sharing ONE embedded
 * PostgreSQL: the test JVM's shared server (see {@code EmbeddedDatabaseFixture}), which every node attaches to. Each
 * cluster gets a unique name, so clusters of tests running at the same time never merge, and explicit Hazelcast ports
 * listed as the join members, so nodes find each other without probing. Closing drains the nodes in reverse order.
 *
 * <pre>{@code
 * try (TestCluster cluster = TestCluster.start(3)) {
 *   UUID team = cluster.admin().createTeam();
 *   TadaClient onA = TadaClient.of(cluster.node(0).baseUrl()).withToken(...);
 * }
 * }</pre>
 */
public final class TestCluster implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TestCluster.class);
  private final String name;
  private final Path dataDir;
  private final List<TestNode> nodes;
  private final Set<Integer> killed = ConcurrentHashMap.newKeySet();

  private TestCluster(String name, Path dataDir, List<TestNode> nodes) {
    this.name = name;
    this.dataDir = dataDir;
    this.nodes = nodes;
  }

  public static TestCluster start(int size) {
    return start(size, Map.of());
  }

  /**
   * Starts {@code size} nodes with the same setting overrides (see {@link TestNode#start(Path, Map)}). A cluster that
   * fails to form is torn down and started once more on new ports under a new name: the ports are probed free and then
   * released, so another process may take one in between.
   */
  public static TestCluster start(int size, Map<String, Object> overrides) {
    if (size < 1) {
      throw new IllegalArgumentException("a cluster needs a node");
    }
    try {
      return attempt(size, overrides);
    } catch (RuntimeException first) {
      log.warn("test cluster failed to form, trying once more on new ports", first);
      try {
        return attempt(size, overrides);
      } catch (RuntimeException second) {
        second.addSuppressed(first);
        throw second;
      }
    }
  }

  private static TestCluster attempt(int size, Map<String, Object> overrides) {
    String name = "tada-test-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    Path dataDir = EmbeddedDatabaseFixture.sharedDataDir();
    List<Integer> ports = freePorts(size);
    String members = ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
    List<TestNode> nodes = new ArrayList<>();
    try {
      for (int i = 0; i < size; i++) {
        Map<String, Object> settings = new HashMap<>(overrides);
        settings.put("node_id", name + "-n" + i);
        settings.put("cluster.enabled", true);
        settings.put("cluster.name", name);
        settings.put("cluster.host", "127.0.0.1");
        settings.put("cluster.port", ports.get(i));
        settings.put("cluster.members", members);
        nodes.add(TestNode.start(dataDir, settings));
      }
    } catch (RuntimeException e) {
      try {
        closeAll(nodes, Set.of());
      } catch (RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
    return new TestCluster(name, dataDir, nodes);
  }

  public TestNode node(int index) {
    return nodes.get(index);
  }

  public List<TestNode> nodes() {
    return List.copyOf(nodes);
  }

  public int size() {
    return nodes.size();
  }

  /** The unique Hazelcast cluster name of this cluster. */
  public String name() {
    return name;
  }

  public Path dataDir() {
    return dataDir;
  }

  /**
   * Simulates a crash of one node: its Hazelcast member stops without leaving (the others notice only through the
   * failure detector, as after {@code kill -9}), then its Vert.x closes, dropping its sockets without a close frame.
   * The node's claim on the shared database is released first (in one JVM a crashed claim would only be noticed at
   * exit), which also fails whatever it was writing.
   */
  public void kill(int index) {
    TestNode victim = nodes.get(index);
    if (!killed.add(index)) {
      return;
    }
    if (victim.node().database() != null) {
      try {
        victim.node().database().close().await(30, TimeUnit.SECONDS);
      } catch (Exception ignored) {
        // a pool that fails to close is dropped with its Vert.x below
      }
    }
    victim.node().clusterManager().getHazelcastInstance().getLifecycleService().terminate();
    try {
      victim.node().vertx().close().await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      // a Vert.x whose cluster manager is gone may fail to leave; its sockets and servers are closed either way
    }
  }

  /** Admin operations on the shared database (through the first node's pool). */
  public TestAdmin admin() {
    return nodes.get(0).admin();
  }

  @Override
  public void close() {
    closeAll(nodes, killed);
  }

  private static void closeAll(List<TestNode> nodes, Set<Integer> skip) {
    RuntimeException failure = null;
    for (int i = nodes.size() - 1; i >= 0; i--) {
      if (skip.contains(i)) {
        continue;
      }
      try {
        nodes.get(i).close();
      } catch (RuntimeException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static List<Integer> freePorts(int count) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } catch (IOException e) {
      throw new IllegalStateException("no free ports for the cluster", e);
    } finally {
      for (ServerSocket s : sockets) {
        try {
          s.close();
        } catch (IOException ignored) {
          // closing a probe socket
        }
      }
    }
  }
}

package org.tadaserver.e2e.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.shareddata.AsyncMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.bus.Delivery;
import org.tadaserver.testkit.TestCluster;

/**
 * The numbers behind the routing design in docs/cluster.md, measured on three clustered nodes in one JVM: what a
 * per-user registration would cost (a clustered consumer, or an entry in a cluster-wide user->node map), and what a
 * node hop adds to a delivery. Each measurement also checks what the design relies on: publishes from one node reach
 * another exactly once and in the order sent. The figures go to stdout and target/routing-cost.txt.
 */
class RoutingCostTest {
  private static final Path REPORT = Path.of("target", "routing-cost.txt");
  private static TestCluster cluster;

  @BeforeAll
  static void start() throws IOException {
    cluster = TestCluster.start(3);
    Files.writeString(REPORT, "");
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  /** Measures clustered consumer registrations (one per user would be this, per connect) one by one and at once. */
  @Test
  void consumerRegistrations() throws Exception {
    Vertx vertx = cluster.node(1).node().vertx();
    int n = 300;
    List<MessageConsumer<String>> consumers = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      MessageConsumer<String> c = vertx.eventBus().consumer("bench.user." + UUID.randomUUID(), m -> { });
      c.completion().await(10, TimeUnit.SECONDS);
      consumers.add(c);
    }
    double sequential = n / seconds(t0);
    long t1 = System.nanoTime();
    List<Future<Void>> pending = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      MessageConsumer<String> c = vertx.eventBus().consumer("bench.user." + UUID.randomUUID(), m -> { });
      pending.add(c.completion());
      consumers.add(c);
    }
    Future.all(pending).await(60, TimeUnit.SECONDS);
    double concurrent = n / seconds(t1);
    long t2 = System.nanoTime();
    Future.all(consumers.stream().map(MessageConsumer::unregister).toList()).await(60, TimeUnit.SECONDS);
    double unregister = consumers.size() / seconds(t2);
    report("clustered consumer registrations: %.0f/s one at a time (%.2f ms each), %.0f/s %d at once; "
        + "unregistrations %.0f/s", sequential, 1000 / sequential, concurrent, n, unregister);
    assertTrue(sequential > 0 && concurrent > 0);
  }

  /** Measures writes to a cluster-wide map (the user->node alternative: one put per connect, one remove per close). */
  @Test
  void userMapWrites() throws Exception {
    Vertx vertx = cluster.node(1).node().vertx();
    AsyncMap<String, String> map = vertx.sharedData().<String, String>getAsyncMap("bench.user-nodes")
        .await(10, TimeUnit.SECONDS);
    int n = 1_000;
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      map.put("user-" + i, "node-1").await(10, TimeUnit.SECONDS);
    }
    double sequential = n / seconds(t0);
    long t1 = System.nanoTime();
    List<Future<Void>> pending = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      pending.add(map.put("user-b-" + i, "node-1"));
    }
    Future.all(pending).await(60, TimeUnit.SECONDS);
    double concurrent = n / seconds(t1);
    assertEquals("node-1", cluster.node(2).node().vertx().sharedData().<String, String>getAsyncMap("bench.user-nodes")
        .compose(m -> m.get("user-7")).await(10, TimeUnit.SECONDS));
    report("cluster map puts (user->node): %.0f/s one at a time (%.2f ms each), %.0f/s %d at once",
        sequential, 1000 / sequential, concurrent, n);
  }

  /**
   * Measures the latency a node hop adds: node 0 publishes to an address consumed on node 0 and on node 2, one message
   * a millisecond, and each consumer records when its copy arrived. Both copies must arrive once each, in publish order.
   */
  @Test
  void nodeHop() throws Exception {
    int n = 2_000;
    long[] local = new long[n];
    long[] remote = new long[n];
    CountDownLatch done = new CountDownLatch(2 * n);
    AtomicInteger localOrder = new AtomicInteger();
    AtomicInteger remoteOrder = new AtomicInteger();
    List<String> disorder = new ArrayList<>();
    String address = "bench.hop." + UUID.randomUUID();
    MessageConsumer<String> near = consumer(0, address, local, localOrder, disorder, done);
    MessageConsumer<String> far = consumer(2, address, remote, remoteOrder, disorder, done);
    Future.all(near.completion(), far.completion()).await(10, TimeUnit.SECONDS);
    Thread.sleep(500); // both registrations visible on node 0
    Vertx publisher = cluster.node(0).node().vertx();
    AtomicInteger next = new AtomicInteger();
    // one publish per millisecond, stamped on the event loop as it goes out, so no queue is measured
    publisher.setPeriodic(1, id -> {
      int i = next.getAndIncrement();
      if (i >= n) {
        publisher.cancelTimer(id);
        return;
      }
      publisher.eventBus().publish(address, i + ":" + System.nanoTime());
    });
    assertTrue(done.await(60, TimeUnit.SECONDS), "copies missing: " + done.getCount());
    near.unregister();
    far.unregister();
    assertTrue(disorder.isEmpty(), "out of order: " + disorder);
    Percentiles l = Percentiles.ofNanos(local);
    Percentiles r = Percentiles.ofNanos(remote);
    report("event bus publish, same node: %s; other node: %s; hop adds ~%.3f ms at p50 (load average %.1f)", l, r,
        r.p50Ms() - l.p50Ms(), java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /**
   * Measures the same through the gateway: node 0 publishes a delivery every 2 ms for one user who has a WebSocket on
   * node 0 and one on node 2; a raw client stamps each frame as it arrives. Both sockets must get every event once, in order.
   */
  @Test
  void deliveryHopToSockets() throws Exception {
    UUID team = cluster.admin().createTeam();
    var user = cluster.admin().newUser(team, false);
    int n = 500;
    try (StampingSocket near = StampingSocket.open(cluster.node(0).wsUrl(team), user.token(), n);
        StampingSocket far = StampingSocket.open(cluster.node(2).wsUrl(team), user.token(), n)) {
      Thread.sleep(300);
      Vertx publisher = cluster.node(0).node().vertx();
      AtomicInteger next = new AtomicInteger();
      publisher.setPeriodic(2, id -> {
        int i = next.getAndIncrement();
        if (i >= n) {
          publisher.cancelTimer(id);
          return;
        }
        String event = "{\"event\":\"bench.hop\",\"params\":{\"seq\":" + i + ",\"t\":" + System.nanoTime() + "}}";
        Deliveries.publish(publisher, List.of(Delivery.toUser(team, user.user(), event)));
      });
      Percentiles l = near.await(Duration.ofSeconds(60));
      Percentiles r = far.await(Duration.ofSeconds(60));
      report("delivery to a WebSocket, same node: %s; other node: %s; hop adds ~%.3f ms at p50 (load average %.1f)",
          l, r, r.p50Ms() - l.p50Ms(),
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /** Measures how many one-delivery publishes a second node receives per second (the publish-to-all fan-out). */
  @Test
  void fanOutThroughput() throws Exception {
    int n = 50_000;
    String address = "bench.fanout." + UUID.randomUUID();
    CountDownLatch received = new CountDownLatch(n);
    MessageConsumer<String> far = cluster.node(2).node().vertx().eventBus().<String>consumer(address,
        m -> received.countDown());
    far.completion().await(10, TimeUnit.SECONDS);
    Thread.sleep(500);
    Vertx publisher = cluster.node(0).node().vertx();
    String body = "[{\"team\":\"" + UUID.randomUUID() + "\",\"users\":[\"" + UUID.randomUUID()
        + "\"],\"event\":\"{\\\"event\\\":\\\"server.chat.composing\\\",\\\"params\\\":{}}\"}]";
    long t0 = System.nanoTime();
    publisher.runOnContext(v -> {
      for (int i = 0; i < n; i++) {
        publisher.eventBus().publish(address, body);
      }
    });
    assertTrue(received.await(60, TimeUnit.SECONDS), "lost: " + received.getCount());
    double rate = n / seconds(t0);
    far.unregister();
    report("publish to another node: %.0f deliveries/s received (%d bytes each)", rate, body.length());
  }

  private static MessageConsumer<String> consumer(int node, String address, long[] latencies, AtomicInteger order,
      List<String> disorder, CountDownLatch done) {
    return cluster.node(node).node().vertx().eventBus().<String>consumer(address, m -> {
      long now = System.nanoTime();
      String[] parts = m.body().split(":");
      int seq = Integer.parseInt(parts[0]);
      int expected = order.getAndIncrement();
      if (seq != expected) {
        synchronized (disorder) {
          disorder.add("node " + node + " got " + seq + " expecting " + expected);
        }
      }
      latencies[seq] = now - Long.parseLong(parts[1]);
      done.countDown();
    });
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void report(String format, Object... args) throws IOException {
    String line = String.format(Locale.ROOT, format, args);
    System.out.println("[routing-cost] " + line);
    Files.writeString(REPORT, line + System.lineSeparator(), StandardOpenOption.APPEND, StandardOpenOption.CREATE);
  }
}

package org.tadaserver.store.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.store.StoreException;

class DatabaseOutageTest {
  private static Vertx vertx;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  /** Verifies which failures count as the server being away: lost and refused connections, shutdown states. */
  @Test
  void classification() {
    assertTrue(DatabaseOutage.isOutage(ClosedConnectionException.INSTANCE));
    assertTrue(DatabaseOutage.isOutage(new ConnectException("Connection refused")));
    assertTrue(DatabaseOutage.isOutage(new java.io.IOException("Broken pipe")), "the server died while a query was written");
    assertTrue(DatabaseOutage.isOutage(new RuntimeException("wrapped", new ConnectException("refused"))));
    assertTrue(DatabaseOutage.isOutage(pg("57P01")), "admin shutdown");
    assertTrue(DatabaseOutage.isOutage(pg("57P03")), "starting up");
    assertTrue(DatabaseOutage.isOutage(pg("08006")), "connection failure");
    assertFalse(DatabaseOutage.isOutage(pg("23505")), "a unique violation is the statement's own");
    assertFalse(DatabaseOutage.isOutage(pg("40001")), "a serialization failure is not an outage");
    assertFalse(DatabaseOutage.isOutage(new StoreException.NotFound("no row")));
    assertFalse(DatabaseOutage.isOutage(new IllegalStateException("bug")));
    assertFalse(DatabaseOutage.isOutage(null));
  }

  /** Verifies that a real pool's failure against a port where nothing listens is an outage. */
  @Test
  void refusedConnectionOfARealPool() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(1))
        .connectingTo(new PgConnectOptions().setHost("127.0.0.1").setPort(port).setUser("u").setPassword("p")
            .setDatabase("d"))
        .using(vertx).build();
    try {
      Exception e = assertThrows(Exception.class, () -> pool.query("SELECT 1").execute().await(10, TimeUnit.SECONDS));
      assertTrue(DatabaseOutage.isOutage(e), e.toString());
    } finally {
      pool.close().await(10, TimeUnit.SECONDS);
    }
  }

  /** Verifies that an attempt failing with an outage is repeated until it succeeds. */
  @Test
  void retriesThroughAnOutage() throws Exception {
    AtomicInteger tries = new AtomicInteger();
    String result = DatabaseOutage.retrying(vertx, () -> tries.incrementAndGet() < 3
        ? Future.failedFuture(ClosedConnectionException.INSTANCE) : Future.succeededFuture("stored"),
        Duration.ofSeconds(10)).await(10, TimeUnit.SECONDS);
    assertEquals("stored", result);
    assertEquals(3, tries.get());
  }

  /** Verifies that any other failure is the result at once, without a second attempt. */
  @Test
  void otherFailuresAreNotRetried() {
    AtomicInteger tries = new AtomicInteger();
    IllegalStateException bug = new IllegalStateException("bug");
    Future<String> f = DatabaseOutage.retrying(vertx, () -> {
      tries.incrementAndGet();
      return Future.failedFuture(bug);
    }, Duration.ofSeconds(10));
    Exception e = assertThrows(Exception.class, () -> f.await(10, TimeUnit.SECONDS));
    assertSame(bug, e);
    assertEquals(1, tries.get());
  }

  /** Verifies that an outage longer than the budget ends with its failure, after a bounded number of attempts. */
  @Test
  void outageLongerThanTheBudgetFails() {
    AtomicInteger tries = new AtomicInteger();
    long began = System.nanoTime();
    Future<String> f = DatabaseOutage.retrying(vertx, () -> {
      tries.incrementAndGet();
      return Future.failedFuture(ClosedConnectionException.INSTANCE);
    }, Duration.ofMillis(1_500));
    Exception e = assertThrows(Exception.class, () -> f.await(10, TimeUnit.SECONDS));
    long tookMs = (System.nanoTime() - began) / 1_000_000;
    assertSame(ClosedConnectionException.INSTANCE, e);
    assertTrue(tries.get() >= 3 && tries.get() <= 6, "attempts " + tries.get());
    assertTrue(tookMs < 3_000, "gave up after " + tookMs + " ms");
  }

  /** Verifies that an attempt that throws instead of returning a failed future is treated like one. */
  @Test
  void thrownFailureIsAResult() {
    Future<String> f = DatabaseOutage.retrying(vertx, () -> {
      throw new IllegalArgumentException("bad input");
    }, Duration.ofSeconds(5));
    assertThrows(IllegalArgumentException.class, () -> f.await(10, TimeUnit.SECONDS));
  }

  private static PgException pg(String state) {
    return new PgException("msg", "FATAL", state, null);
  }
}

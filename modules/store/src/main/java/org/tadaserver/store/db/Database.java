package org.tadaserver.store.db;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlClient;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's PostgreSQL: a migrated schema and a reactive connection pool, on an external server or on the embedded
 * one of a data directory.
 *
 * <p>Several processes may open the same data directory at once (the node and an admin CLI, or two {@code Database}s in
 * one JVM): the first starts the embedded server, the others use it, and it stops when the last one closes. A node
 * killed with {@code kill -9} leaves the server running; the next open uses it. Call {@link #close()} on shutdown.
 */
public final class Database {
  private static final Logger log = LoggerFactory.getLogger(Database.class);
  /** Statements in flight on one connection of {@link #reads()}. */
  private static final int PIPELINING_LIMIT = 256;

  private final Vertx vertx;
  private final Pool pool;
  private final PgEndpoint endpoint;
  private final EmbeddedLease lease;
  private final int readConnections;
  private SqlClient reads;
  private final boolean migrated = true;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Database(Vertx vertx, Pool pool, PgEndpoint endpoint, EmbeddedLease lease, int readConnections) {
    this.vertx = vertx;
    this.pool = pool;
    this.endpoint = endpoint;
    this.lease = lease;
    this.readConnections = readConnections;
  }

  /**
   * Connects (starting or attaching to the embedded server when {@code cfg} has no URL) and migrates the schema. The
   * blocking work runs on a worker thread.
   *
   * @return fails with {@link IllegalArgumentException} for a malformed URL, else with the cause from PostgreSQL,
   *     Flyway or zonky
   */
  public static Future<Database> open(Vertx vertx, DatabaseConfig cfg) {
    return vertx.executeBlocking(() -> prepare(cfg), false)
        .map(prepared -> {
          PgEndpoint endpoint = prepared.endpoint();
          Pool pool = PgBuilder.pool()
              .with(new PoolOptions().setMaxSize(cfg.poolSize()))
              .connectingTo(endpoint.connectOptions())
              .using(vertx)
              .build();
          log.info("database ready: {}", endpoint);
          return new Database(vertx, pool, endpoint, prepared.embedded(), Math.max(1, cfg.poolSize() / 4));
        });
  }

  /** The pool; every repository runs on it (or on a connection taken from it for a transaction). */
  public Pool pool() {
    return pool;
  }

  /**
   * A client for single statements outside transactions that pipelines them over a few connections of its own (a
   * quarter of the pool size, at least one, opened on first use). Lookups that precede a write (access checks before
   * a send) would otherwise each wait for a free pool connection and then for one round trip on it: under a burst
   * that queue, not the database, limited the send rate. Never use it for a transaction.
   */
  public synchronized SqlClient reads() {
    if (reads == null) {
      reads = PgBuilder.client()
          .with(new PoolOptions().setMaxSize(readConnections))
          .connectingTo(endpoint.connectOptions().setPipeliningLimit(PIPELINING_LIMIT))
          .using(vertx)
          .build();
    }
    return reads;
  }

  /**
   * Whether the schema was brought to this build's version. {@link #open} fails rather than return an unmigrated
   * database, so this is {@code true} for every instance; it exists so readiness checks state the condition they need.
   */
  public boolean migrated() {
    return migrated;
  }

  /** Whether this database is the embedded server of a data directory. */
  public boolean isEmbedded() {
    return lease != null;
  }

  /** Succeeds when the server answers a query now (for {@code /health/ready}). */
  public Future<Void> ping() {
    return pool.query("SELECT 1").execute().mapEmpty();
  }

  /**
   * Closes the pool and, for the embedded server, ends this instance's claim on it; the server stops if no other
   * {@code Database} (in any process) still uses it. Idempotent.
   */
  public Future<Void> close() {
    if (!closed.compareAndSet(false, true)) {
      return Future.succeededFuture();
    }
    SqlClient readsToClose;
    synchronized (this) {
      readsToClose = reads;
    }
    Future<Void> readsClosed = readsToClose == null ? Future.succeededFuture() : readsToClose.close();
    Future<Void> poolClosed = Future.join(readsClosed, pool.close()).<Void>mapEmpty()
        .recover(e -> {
          log.warn("closing the pool of {}", endpoint, e);
          return Future.succeededFuture();
        });
    if (lease == null) {
      return poolClosed;
    }
    return poolClosed.compose(v -> vertx.executeBlocking(() -> {
      EmbeddedServer.release(lease);
      return null;
    }, false));
  }

  @Override
  public String toString() {
    return "Database[" + endpoint + (isEmbedded() ? ", embedded " + lease.dataDir() : "") + "]";
  }

  /** Blocking: resolves the endpoint (starting or attaching to the embedded server) and migrates. */
  private static Prepared prepare(DatabaseConfig cfg) throws Exception {
    if (!cfg.isEmbedded()) {
      PgEndpoint endpoint = PgEndpoint.parseUrl(cfg.pgUrl());
      Migrations.migrate(endpoint);
      return new Prepared(endpoint, null);
    }
    EmbeddedLease lease = EmbeddedServer.acquire(cfg);
    try {
      Migrations.migrate(lease.endpoint());
      return new Prepared(lease.endpoint(), lease);
    } catch (RuntimeException e) {
      EmbeddedServer.release(lease);
      throw e;
    }
  }

  private record Prepared(PgEndpoint endpoint, EmbeddedLease embedded) {}
}

package org.tadaserver.store.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link Database}'s claim on a running embedded server, so the server outlives any one process that uses it and
 * stops with the last one ("last one out turns off the light"): the node and an admin CLI may start and stop in any
 * order.
 *
 * <p>The claim is a session connection holding a shared advisory lock. Counting pool connections instead would be
 * wrong (a pool may momentarily hold none), and a file of our own would go stale when a process is killed; a session
 * lock disappears with its process. Ending a lease releases the shared lock and tries the exclusive one: success
 * means no other lease exists. Both run under the {@link DataDirLock}, so no lease can appear in between.
 */
final class EmbeddedLease {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedLease.class);
  /** Any fixed number; the lock lives in the {@code postgres} database, which no application data uses. */
  private static final long LEASE_KEY = 0x7ada_5e7e_1ea5_e001L;
  private static final Duration CONNECT_WAIT = Duration.ofSeconds(15);
  private static final long CONNECT_RETRY_MS = 100;

  private final Path dataDir;
  private final PgEndpoint endpoint;
  private final Connection connection;

  private EmbeddedLease(Path dataDir, PgEndpoint endpoint, Connection connection) {
    this.dataDir = dataDir;
    this.endpoint = endpoint;
    this.connection = connection;
  }

  /**
   * Connects as {@code admin} (retrying while a just-found server finishes recovery) and takes the shared lock.
   *
   * @param endpoint what the {@link Database} itself will use
   */
  static EmbeddedLease take(Path dataDir, PgEndpoint admin, PgEndpoint endpoint) throws SQLException {
    Connection connection = connect(admin);
    try (Statement st = connection.createStatement()) {
      st.execute("SELECT pg_advisory_lock_shared(" + LEASE_KEY + ")");
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return new EmbeddedLease(dataDir, endpoint, connection);
  }

  Path dataDir() {
    return dataDir;
  }

  PgEndpoint endpoint() {
    return endpoint;
  }

  /** The lease's own superuser session, for set-up statements under the data directory lock. */
  Connection connection() {
    return connection;
  }

  /** Creates {@code database} unless it exists. */
  void ensureDatabase(String database) throws SQLException {
    try (PreparedStatement q = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      q.setString(1, database);
      try (ResultSet rs = q.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
    }
    try (Statement st = connection.createStatement()) {
      st.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
    }
  }

  /**
   * Ends the lease and closes its session.
   *
   * @return whether this was the last lease, i.e. the caller should stop the server; {@code false} when the server is
   *     already gone
   */
  boolean end() {
    try (Statement st = connection.createStatement()) {
      st.execute("SELECT pg_advisory_unlock_shared(" + LEASE_KEY + ")");
      try (ResultSet rs = st.executeQuery("SELECT pg_try_advisory_lock(" + LEASE_KEY + ")")) {
        return rs.next() && rs.getBoolean(1);
      }
    } catch (SQLException e) {
      log.warn("embedded PostgreSQL for {} went away before this lease ended: {}", dataDir, e.getMessage());
      return false;
    } finally {
      try {
        connection.close();
      } catch (SQLException e) {
        log.debug("closing lease session", e);
      }
    }
  }

  private static Connection connect(PgEndpoint admin) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", admin.user());
    props.setProperty("password", admin.password());
    props.setProperty("ApplicationName", PgEndpoint.APPLICATION_NAME + "-lease");
    long deadline = System.nanoTime() + CONNECT_WAIT.toNanos();
    while (true) {
      try {
        return DriverManager.getConnection(admin.jdbcUrl(), props);
      } catch (SQLException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        sleep();
      }
    }
  }

  private static void sleep() throws SQLException {
    try {
      Thread.sleep(CONNECT_RETRY_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while connecting to the embedded server", e);
    }
  }
}

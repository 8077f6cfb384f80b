package org.tadaserver.store.db;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * For tests in any module: a migrated embedded database in a fresh temporary data directory, non-durable (fsync off)
 * for speed. Blocking; call from a test thread, never from an event loop.
 *
 * <pre>{@code
 * static EmbeddedDatabaseFixture db;
 * @BeforeAll static void up() { db = EmbeddedDatabaseFixture.start(vertx); }
 * @AfterAll  static void down() { db.close(); }
 * // db.database().pool(), or start a node on db.config() (same data directory, same server)
 * }</pre>
 *
 * {@link #start} gives every caller in one test JVM the SAME server (one data directory, started once, ~1-5 s saved
 * per test class); each fixture has its own {@link Database} (pool) on it, and tests keep apart by making their own
 * teams and users. {@link #startIsolated} gives a server of its own, which {@link #close()} stops and deletes. At JVM
 * exit a shutdown hook stops whatever is still running and deletes the files, so no postgres process outlives the tests.
 */
public final class EmbeddedDatabaseFixture implements AutoCloseable {
  private static final long TIMEOUT_S = 120;
  private final Path dataDir;
  private final DatabaseConfig config;
  private final Database database;
  private final Thread shutdownHook;

  private EmbeddedDatabaseFixture(Path dataDir, DatabaseConfig config, Database database, boolean isolated) {
    this.dataDir = dataDir;
    this.config = config;
    this.database = database;
    this.shutdownHook = isolated ? new Thread(() -> stopServerAtExit(dataDir), "tada-test-db-stop") : null;
    if (isolated) {
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    }
  }

  /** Opens a {@link Database} with 8 connections on this JVM's shared test server, starting it on first use. */
  public static EmbeddedDatabaseFixture start(Vertx vertx) {
    SharedServer shared = SharedServer.get();
    return new EmbeddedDatabaseFixture(shared.dataDir, shared.config, await(Database.open(vertx, shared.config)), false);
  }

  /**
   * The data directory of this JVM's shared test server, started (and kept running until the JVM exits) on first use;
   * for starting nodes under test on it.
   */
  public static Path sharedDataDir() {
    return SharedServer.get().dataDir;
  }

  /** Starts a server of its own in a new temporary directory and opens a {@link Database} with 8 connections on it. */
  public static EmbeddedDatabaseFixture startIsolated(Vertx vertx) {
    Path dataDir = tempDir();
    DatabaseConfig config = testConfig(dataDir);
    return new EmbeddedDatabaseFixture(dataDir, config, await(Database.open(vertx, config)), true);
  }

  private static DatabaseConfig testConfig(Path dataDir) {
    return new DatabaseConfig(null, dataDir, 8, 0, false);
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("tada-db-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The server every {@link #start} shares: kept alive by an anchor {@link Database} on a Vert.x instance of its own
   * (a server stops when its last user closes), stopped and deleted by the JVM's shutdown hook.
   */
  private static final class SharedServer {
    private static SharedServer instance;
    final Path dataDir = tempDir();
    final DatabaseConfig config = testConfig(dataDir);

    private SharedServer() {
      Vertx anchorVertx = Vertx.vertx();
      await(Database.open(anchorVertx, config.withPoolSize(1)));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stopServerAtExit(dataDir), "tada-test-db-stop"));
    }

    static synchronized SharedServer get() {
      if (instance == null) {
        instance = new SharedServer();
      }
      return instance;
    }
  }

  public Database database() {
    return database;
  }

  /** The configuration that opens this same database again (e.g. for a node under test). */
  public DatabaseConfig config() {
    return config;
  }

  public Path dataDir() {
    return dataDir;
  }

  /**
   * Closes the database; an isolated fixture also stops its server and deletes the directory, unless another
   * {@link Database} on {@link #config()} is still open (a node under test): then both stay until the JVM exits.
   */
  @Override
  public void close() {
    try {
      await(database.close());
    } finally {
      if (shutdownHook != null && !serverRunning()) {
        try {
          Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
          // the JVM is already exiting: the hook runs anyway
        }
        deleteRecursively(dataDir);
      }
    }
  }

  /** At JVM exit: stop a server that is still running and delete the files. */
  private static void stopServerAtExit(Path dataDir) {
    try {
      Optional<PostmasterPid> running = PostmasterPid.read(dataDir.resolve(EmbeddedServer.PG_SUBDIR))
          .filter(PostmasterPid::isRunning);
      if (running.isEmpty() || running.get().terminate(Duration.ofSeconds(10))) {
        deleteRecursively(dataDir);
      }
    } catch (IOException | UncheckedIOException e) {
      // the JVM is exiting; nothing left to report to
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean serverRunning() {
    try {
      return PostmasterPid.read(dataDir.resolve(EmbeddedServer.PG_SUBDIR)).filter(PostmasterPid::isRunning).isPresent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.await(TIMEOUT_S, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("embedded database did not answer within " + TIMEOUT_S + " s", e);
    }
  }
}

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
 * {@link #close()} stops the server and deletes the directory. Should a test JVM exit without it, a shutdown hook does
 * both, so no postgres process outlives the tests.
 */
public final class EmbeddedDatabaseFixture implements AutoCloseable {
  private static final long TIMEOUT_S = 120;
  private final Path dataDir;
  private final DatabaseConfig config;
  private final Database database;
  private final Thread shutdownHook;

  private EmbeddedDatabaseFixture(Path dataDir, DatabaseConfig config, Database database) {
    this.dataDir = dataDir;
    this.config = config;
    this.database = database;
    this.shutdownHook = new Thread(this::stopServerAtExit, "tada-test-db-stop");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Starts a server in a new temporary directory and opens a {@link Database} with 8 connections on it. */
  public static EmbeddedDatabaseFixture start(Vertx vertx) {
    try {
      Path dataDir = Files.createTempDirectory("tada-db-");
      DatabaseConfig config = new DatabaseConfig(null, dataDir, 8, 0, false);
      return new EmbeddedDatabaseFixture(dataDir, config, await(Database.open(vertx, config)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
   * Closes the database and deletes the directory. Should another {@link Database} on {@link #config()} still be open
   * (a node under test), the server keeps running for it and the directory stays until the JVM exits.
   */
  @Override
  public void close() {
    try {
      await(database.close());
    } finally {
      if (!serverRunning()) {
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
  private void stopServerAtExit() {
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

package org.tadaserver.e2e.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The cluster's one PostgreSQL, owned by the test so it can be stopped and started again under load: zonky's server on
 * a fixed loopback port and data directory, which the nodes reach as an external server ({@code TADA_PG_URL}). It
 * keeps fsync off (throwaway data) but commits synchronously, so a confirmed commit is in the WAL the kernel holds and
 * survives an immediate shutdown, as it would survive a crash on a durable server.
 */
final class PostgresProcess implements AutoCloseable {
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(120);
  private final Path dataDir;
  private final int port;
  private EmbeddedPostgres server;

  private PostgresProcess(Path dataDir, int port) {
    this.dataDir = dataDir;
    this.port = port;
  }

  static PostgresProcess start(Path dataDir, int port) throws IOException {
    PostgresProcess pg = new PostgresProcess(dataDir, port);
    pg.startAgain();
    return pg;
  }

  /** The URL the nodes and the test connect with (zonky's trust authentication on loopback). */
  String url() {
    return "postgresql://postgres:postgres@127.0.0.1:" + port + "/postgres";
  }

  /** Starts the server on the same port and data directory (after a stop; crash recovery when it was immediate). */
  synchronized void startAgain() throws IOException {
    // zonky locks <data>/epg-lock for the life of its instance; a stopped instance keeps that lock, so a fresh file
    // (a new inode) lets the next instance start (EmbeddedServer does the same).
    Files.deleteIfExists(dataDir.resolve("epg-lock"));
    server = EmbeddedPostgres.builder()
        .setDataDirectory(dataDir)
        .setCleanDataDirectory(false)
        .setRegisterShutdownHook(false)
        .setPort(port)
        .setPGStartupWait(STARTUP_WAIT)
        .setServerConfig("listen_addresses", "127.0.0.1")
        .setServerConfig("unix_socket_directories", "")
        .setServerConfig("max_connections", "200")
        .setServerConfig("synchronous_commit", "on")
        .start();
  }

  /**
   * Stops the server the way an operator or a crash would, and waits until the postmaster is gone.
   *
   * @param signal {@code INT} = fast shutdown (sessions are told and ended, a checkpoint), {@code QUIT} = immediate
   *     (everything dies at once, the next start recovers from the WAL)
   */
  synchronized void stop(String signal) throws IOException, InterruptedException {
    long pid = postmasterPid().orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
    if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isPresent()) {
      try {
        process.get().onExit().get(60, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        throw new IllegalStateException("PostgreSQL " + pid + " did not exit after SIG" + signal, e);
      }
    }
    server = null;
  }

  private Optional<Long> postmasterPid() throws IOException {
    Path file = dataDir.resolve("postmaster.pid");
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(file);
    return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
  }

  @Override
  public synchronized void close() throws IOException {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}

package org.tadaserver.store.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL (zonky) that serves one data directory, shared by every process that opens that directory.
 *
 * <p>Layout: {@code dataDir/pg} is the cluster (PostgreSQL's own {@code postmaster.pid} in it says whether and on which
 * port a server runs), {@code dataDir/pg.password} the superuser password, {@code dataDir/embedded.lock} the
 * {@link DataDirLock}. The application data lives in the database {@value #DATABASE}.
 *
 * <p>Protocol, each step under the data directory lock: {@link #acquire} attaches to the running server, or starts one
 * (zonky, {@code pg_ctl start}; the server is a daemon that outlives a killed JVM and is then simply reused), and takes
 * an {@link EmbeddedLease}. {@link #release} ends the lease and stops the server when it was the last one. zonky's own
 * shutdown hook is off: it would stop the server under another process's feet.
 */
final class EmbeddedServer {
  static final String PG_SUBDIR = "pg";
  static final String DATABASE = "tada";
  private static final String ZONKY_LOCK_FILE = "epg-lock";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);
  /** Servers this JVM started, by real data directory path: zonky stops those itself (and frees its own file lock). */
  private static final Map<Path, EmbeddedPostgres> STARTED_HERE = new ConcurrentHashMap<>();

  private EmbeddedServer() {}

  /** Attaches to or starts the server of {@code cfg.dataDir()} and returns this caller's lease on it. */
  static EmbeddedLease acquire(DatabaseConfig cfg) throws Exception {
    Path dataDir = Files.createDirectories(cfg.dataDir()).toRealPath();
    try (DataDirLock lock = DataDirLock.acquire(dataDir)) {
      String password = EmbeddedCredentials.loadOrCreate(dataDir);
      Path pgDir = dataDir.resolve(PG_SUBDIR);
      Optional<PostmasterPid> running = PostmasterPid.read(pgDir).filter(PostmasterPid::isRunning);
      int port;
      if (running.isPresent()) {
        port = running.get().port();
        log.info("using the embedded PostgreSQL already running for {} (pid {}, port {})", dataDir,
            running.get().pid(), port);
      } else {
        port = start(dataDir, pgDir, cfg, password);
      }
      EmbeddedLease lease;
      try {
        lease = EmbeddedLease.take(dataDir,
            PgEndpoint.loopback(port, "postgres", EmbeddedCredentials.SUPERUSER, password),
            PgEndpoint.loopback(port, DATABASE, EmbeddedCredentials.SUPERUSER, password));
      } catch (Throwable e) {
        if (running.isEmpty()) {
          stopStartedForNobody(dataDir, e);
        }
        throw e;
      }
      try {
        if (running.isEmpty()) {
          EmbeddedCredentials.harden(lease.connection(), pgDir, password);
        }
        lease.ensureDatabase(DATABASE);
        return lease;
      } catch (Exception e) {
        endAndMaybeStop(lease);
        throw e;
      }
    }
  }

  /** Ends {@code lease}; the last lease on a server stops it. */
  static void release(EmbeddedLease lease) throws IOException, InterruptedException {
    try (DataDirLock lock = DataDirLock.acquire(lease.dataDir())) {
      endAndMaybeStop(lease);
    }
  }

  private static void endAndMaybeStop(EmbeddedLease lease) throws IOException, InterruptedException {
    if (lease.end()) {
      stop(lease.dataDir());
    } else {
      log.info("embedded PostgreSQL for {} left running: another process or Database still uses it",
          lease.dataDir());
    }
  }

  private static void stopStartedForNobody(Path dataDir, Throwable cause) {
    try {
      stop(dataDir);
    } catch (Exception e) {
      cause.addSuppressed(e);
    }
  }

  private static int start(Path dataDir, Path pgDir, DatabaseConfig cfg, String password) throws IOException {
    // zonky locks <pg>/epg-lock for as long as its instance lives, even after another process stopped the server
    // (this JVM or another one may still hold such a stale instance). The data directory lock is what excludes a
    // second server here, so a fresh lock file (a new inode, which old locks do not cover) lets zonky start.
    STARTED_HERE.remove(dataDir);
    Files.deleteIfExists(pgDir.resolve(ZONKY_LOCK_FILE));
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setDataDirectory(pgDir)
        .setCleanDataDirectory(false)
        .setRegisterShutdownHook(false)
        .setPort(cfg.embeddedPort())
        .setPGStartupWait(STARTUP_WAIT)
        .setConnectConfig("password", password);
    EmbeddedServerSettings.apply(builder, cfg.durable());
    EmbeddedPostgres pg = builder.start();
    STARTED_HERE.put(dataDir, pg);
    log.info("started embedded PostgreSQL for {} on port {} (durable: {})", dataDir, pg.getPort(), cfg.durable());
    return pg.getPort();
  }

  private static void stop(Path dataDir) throws IOException, InterruptedException {
    EmbeddedPostgres mine = STARTED_HERE.remove(dataDir);
    if (mine != null) {
      mine.close();
      log.info("stopped embedded PostgreSQL for {}", dataDir);
      return;
    }
    Optional<PostmasterPid> running = PostmasterPid.read(dataDir.resolve(PG_SUBDIR)).filter(PostmasterPid::isRunning);
    if (running.isPresent() && !running.get().terminate(STOP_WAIT)) {
      log.warn("embedded PostgreSQL for {} (pid {}) still runs {} after the shutdown request; sessions outside this "
          + "server keep it open", dataDir, running.get().pid(), STOP_WAIT);
    } else {
      log.info("stopped embedded PostgreSQL for {}", dataDir);
    }
  }
}

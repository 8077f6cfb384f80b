package org.tadaserver.store.db;

import java.nio.file.Path;

/**
 * Where the node's data lives.
 *
 * @param pgUrl        an external PostgreSQL 13+ ({@code postgresql://user:pass@host:port/db}, {@code postgres://...}
 *                     or {@code jdbc:postgresql://...}, query parameters such as {@code sslmode} allowed); {@code null}
 *                     or blank = the embedded server in {@code dataDir}
 * @param dataDir      the data directory of the embedded server (its files go to {@code dataDir/pg}); default
 *                     {@code ./data}; unused with {@code pgUrl}
 * @param poolSize     the most connections this process opens for transactions and queries; a quarter as many more
 *                     (at least one) carry pipelined reads ({@link Database#reads()}) once something uses them
 * @param embeddedPort TCP port for an embedded server this process starts; 0 = any free port. A server already running
 *                     for {@code dataDir} is used on whatever port it has.
 * @param durable      for an embedded server this process starts: {@code true} = every commit is on disk before it is
 *                     confirmed (production); {@code false} = fsync and synchronous commit off, for throwaway test data
 */
public record DatabaseConfig(String pgUrl, Path dataDir, int poolSize, int embeddedPort, boolean durable) {
  public static final Path DEFAULT_DATA_DIR = Path.of("data");
  public static final int DEFAULT_POOL_SIZE = 16;

  public DatabaseConfig {
    pgUrl = pgUrl == null || pgUrl.isBlank() ? null : pgUrl.strip();
    dataDir = dataDir == null ? DEFAULT_DATA_DIR : dataDir;
    if (poolSize < 1) {
      throw new IllegalArgumentException("poolSize must be at least 1, got " + poolSize);
    }
    if (embeddedPort < 0 || embeddedPort > 65_535) {
      throw new IllegalArgumentException("embeddedPort must be 0..65535, got " + embeddedPort);
    }
  }

  /** A durable configuration; embedded (any free port) when {@code pgUrl} is null or blank. */
  public DatabaseConfig(String pgUrl, Path dataDir, int poolSize) {
    this(pgUrl, dataDir, poolSize, 0, true);
  }

  /** The production default: a durable embedded server in {@code ./data}. */
  public static DatabaseConfig defaults() {
    return new DatabaseConfig(null, DEFAULT_DATA_DIR, DEFAULT_POOL_SIZE);
  }

  /** A durable embedded server in {@code dataDir}. */
  public static DatabaseConfig embedded(Path dataDir) {
    return new DatabaseConfig(null, dataDir, DEFAULT_POOL_SIZE);
  }

  /** An external server at {@code pgUrl}. */
  public static DatabaseConfig external(String pgUrl) {
    if (pgUrl == null || pgUrl.isBlank()) {
      throw new IllegalArgumentException("pgUrl is required for an external database");
    }
    return new DatabaseConfig(pgUrl, null, DEFAULT_POOL_SIZE);
  }

  public boolean isEmbedded() {
    return pgUrl == null;
  }

  public DatabaseConfig withPoolSize(int size) {
    return new DatabaseConfig(pgUrl, dataDir, size, embeddedPort, durable);
  }

  public DatabaseConfig withDurable(boolean value) {
    return new DatabaseConfig(pgUrl, dataDir, poolSize, embeddedPort, value);
  }

  /** Never shows the password of {@code pgUrl}. */
  @Override
  public String toString() {
    String target = isEmbedded() ? "embedded " + dataDir : PgEndpoint.redact(pgUrl);
    return "DatabaseConfig[" + target + ", poolSize=" + poolSize + ", embeddedPort=" + embeddedPort
        + ", durable=" + durable + "]";
  }
}

package org.tadaserver.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.tadaserver.app.Node;
import org.tadaserver.app.config.NodeConfig;
import org.tadaserver.app.config.Settings;
import org.tadaserver.store.db.EmbeddedDatabaseFixture;

/**
 * A real node for tests: bound to 127.0.0.1 on a free port, on the test JVM's shared embedded PostgreSQL (or on a
 * given data directory, to test restarts). Configuration comes from the bundled defaults only (the environment of the test
 * run is ignored) plus the overrides passed in. Rate limits are off ({@code rate_limits.enabled=false}): tests open many
 * sockets and log in often from 127.0.0.1; a test of the limits turns them on with an override.
 */
public final class TestNode implements AutoCloseable {
  private static final long START_TIMEOUT_S = 120;
  private final Node node;
  private final Path dataDir;
  private final TestAdmin admin;

  private TestNode(Node node, Path dataDir) {
    this.node = node;
    this.dataDir = dataDir;
    this.admin = new TestAdmin(node.database());
  }

  /**
   * A node on this test JVM's shared embedded server (see {@code EmbeddedDatabaseFixture}): the database is started
   * once per JVM, so a test class pays seconds less; tests keep apart by making their own teams and users.
   */
  public static TestNode start() {
    return start(EmbeddedDatabaseFixture.sharedDataDir(), Map.of());
  }

  /** A node on the shared embedded server with settings overridden by key ({@code gateway.max_frame_bytes}...). */
  public static TestNode start(Map<String, Object> overrides) {
    return start(EmbeddedDatabaseFixture.sharedDataDir(), overrides);
  }

  /** Starts a node on {@code dataDir} with settings overridden by key ({@code gateway.max_frame_bytes}...). */
  public static TestNode start(Path dataDir, Map<String, Object> overrides) {
    Settings settings = Settings.load(Map.of())
        .with("http.host", "127.0.0.1")
        .with("http.port", 0)
        .with("data_dir", dataDir.toString())
        .with("log.format", "plain")
        .with("pg_embedded_durable", false)
        .with("rate_limits.enabled", false);
    for (Map.Entry<String, Object> e : overrides.entrySet()) {
      settings = settings.with(e.getKey(), e.getValue());
    }
    try {
      Node node = Node.start(NodeConfig.from(settings)).await(START_TIMEOUT_S, TimeUnit.SECONDS);
      return new TestNode(node, dataDir);
    } catch (Exception e) {
      throw new IllegalStateException("test node failed to start", e);
    }
  }

  public static Path freshDataDir() {
    try {
      return Files.createTempDirectory("tada-test-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public int port() {
    return node.httpPort();
  }

  /** {@code http://127.0.0.1:<port>} */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** {@code ws://127.0.0.1:<port>/messaging/<team>} */
  public String wsUrl(UUID team) {
    return "ws://127.0.0.1:" + port() + "/messaging/" + team;
  }

  public Path dataDir() {
    return dataDir;
  }

  public Node node() {
    return node;
  }

  /** Creates teams, users and tokens directly in the database, as the admin CLI does. */
  public TestAdmin admin() {
    return admin;
  }

  @Override
  public void close() {
    try {
      node.close().await(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("test node failed to stop", e);
    }
  }
}

package org.tadaserver.store.db;

import static org.junit.jupiter.api.Assertions.*;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadaserver.store.Repositories;
import org.tadaserver.store.account.NewUser;

/**
 * The node and an admin CLI as two real processes on one data directory: this JVM and a child JVM
 * ({@link DatabaseProcessMain}), in every order, including a child killed with {@code kill -9}.
 */
class SecondProcessTest {
  private static Vertx vertx;
  @TempDir
  Path dir;

  @BeforeAll
  static void up() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void down() {
    DatabaseLifecycleTest.await(vertx.close());
  }

  /** Verifies that a CLI process uses the node's running server and leaves it running when it is done. */
  @Test
  void cliWhileNodeRuns() throws Exception {
    Database node = open();
    PostmasterPid server = runningServer().orElseThrow();
    try (ChildProcess cli = ChildProcess.open(dir)) {
      cli.expectOk("insert from-cli");
      cli.expectOk("close");
      assertTrue(cli.waitForExit());
    }
    assertEquals(server, runningServer().orElseThrow(), "the node's server survived the CLI");
    assertTrue(DatabaseLifecycleTest.await(Repositories.on(node.pool()).users().findByUsername("from-cli"))
        .isPresent());
    DatabaseLifecycleTest.await(node.close());
    assertEquals(Optional.empty(), runningServer());
  }

  /** Verifies that a node started while a CLI process runs the server keeps it after the CLI is done. */
  @Test
  void nodeStartsWhileCliRuns() throws Exception {
    try (ChildProcess cli = ChildProcess.open(dir)) {
      PostmasterPid server = runningServer().orElseThrow();
      cli.expectOk("insert by-cli");
      Database node = open();
      assertEquals(server, runningServer().orElseThrow(), "one server for both processes");
      DatabaseLifecycleTest.await(Repositories.on(node.pool()).users().insert(NewUser.named("by-node")));
      cli.expectOk("find by-node");
      cli.expectOk("close");
      assertTrue(cli.waitForExit());
      assertEquals(server, runningServer().orElseThrow(), "the CLI did not stop the server under the node");
      DatabaseLifecycleTest.await(node.ping());
      DatabaseLifecycleTest.await(node.close());
    }
    assertEquals(Optional.empty(), runningServer());
  }

  /** Verifies that a server left by a killed process is reused (its data intact) and stopped by the last user. */
  @Test
  void serverOfKilledProcessIsReused() throws Exception {
    PostmasterPid server;
    try (ChildProcess crashed = ChildProcess.open(dir)) {
      server = runningServer().orElseThrow();
      crashed.expectOk("insert before-crash");
      crashed.kill();
    }
    assertEquals(server, runningServer().orElseThrow(), "the server is a daemon: it outlives a killed JVM");
    Database node = open();
    assertEquals(server, runningServer().orElseThrow(), "reused, not started again");
    assertTrue(DatabaseLifecycleTest.await(Repositories.on(node.pool()).users().findByUsername("before-crash"))
        .isPresent());
    DatabaseLifecycleTest.await(node.close());
    assertEquals(Optional.empty(), runningServer(), "the killed process's claim ended with it");
  }

  /**
   * Verifies that this process can start the server again after it left it to a CLI process that then stopped it
   * (the stale zonky instance of the first start must not block the second).
   */
  @Test
  void startAgainAfterOtherProcessStoppedIt() throws Exception {
    Database first = open();
    DatabaseLifecycleTest.await(Repositories.on(first.pool()).users().insert(NewUser.named("first-run")));
    try (ChildProcess cli = ChildProcess.open(dir)) {
      DatabaseLifecycleTest.await(first.close());
      assertTrue(runningServer().isPresent(), "left to the CLI");
      cli.expectOk("close");
      assertTrue(cli.waitForExit());
    }
    assertEquals(Optional.empty(), runningServer(), "the CLI was the last user");
    Database again = open();
    assertTrue(DatabaseLifecycleTest.await(Repositories.on(again.pool()).users().findByUsername("first-run"))
        .isPresent());
    DatabaseLifecycleTest.await(again.close());
    assertEquals(Optional.empty(), runningServer());
  }

  private Database open() {
    return DatabaseLifecycleTest.await(Database.open(vertx, new DatabaseConfig(null, dir, 2, 0, false)));
  }

  private Optional<PostmasterPid> runningServer() throws IOException {
    return PostmasterPid.read(dir.resolve(EmbeddedServer.PG_SUBDIR)).filter(PostmasterPid::isRunning);
  }
}

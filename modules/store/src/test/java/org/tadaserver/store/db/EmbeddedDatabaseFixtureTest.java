package org.tadaserver.store.db;

import static org.junit.jupiter.api.Assertions.*;

import io.vertx.core.Vertx;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseFixtureTest {
  private static Vertx vertx;

  @BeforeAll
  static void up() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void down() {
    DatabaseLifecycleTest.await(vertx.close());
  }

  /** Verifies that the fixture gives a migrated database and removes every trace on close. */
  @Test
  void startAndClose() throws Exception {
    EmbeddedDatabaseFixture fixture = EmbeddedDatabaseFixture.startIsolated(vertx);
    assertTrue(fixture.database().migrated());
    DatabaseLifecycleTest.await(fixture.database().ping());
    assertFalse(fixture.config().durable(), "test data need no fsync");
    fixture.close();
    assertFalse(Files.exists(fixture.dataDir()));
  }

  /** Verifies that a node under test opened on the fixture's config keeps the server after the fixture closes. */
  @Test
  void nodeOnTheSameDirectoryOutlivesTheFixture() throws Exception {
    EmbeddedDatabaseFixture fixture = EmbeddedDatabaseFixture.startIsolated(vertx);
    Database node = DatabaseLifecycleTest.await(Database.open(vertx, fixture.config().withPoolSize(2)));
    fixture.close();
    assertTrue(Files.exists(fixture.dataDir()), "files stay while the node uses them");
    DatabaseLifecycleTest.await(node.ping());
    DatabaseLifecycleTest.await(node.close());
    assertTrue(PostmasterPid.read(fixture.dataDir().resolve(EmbeddedServer.PG_SUBDIR))
        .filter(PostmasterPid::isRunning).isEmpty());
  }
}

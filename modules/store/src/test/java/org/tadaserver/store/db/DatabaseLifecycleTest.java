package org.tadaserver.store.db;

import static org.junit.jupiter.api.Assertions.*;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadaserver.store.Repositories;
import org.tadaserver.store.account.NewUser;
import org.tadaserver.store.account.UserRow;

/** Opening, sharing, restarting and stopping the embedded server; several Databases in one JVM stand for processes. */
class DatabaseLifecycleTest {
  private static Vertx vertx;
  @TempDir
  Path dir;

  @BeforeAll
  static void up() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void down() {
    await(vertx.close());
  }

  /** Verifies that data survives closing (which stops the server) and opening again. */
  @Test
  void restartKeepsData() {
    Database first = open();
    assertTrue(first.isEmbedded());
    assertTrue(first.migrated());
    UserRow user = await(Repositories.on(first.pool()).users().insert(NewUser.named("persistent")));
    await(first.close());
    assertEquals(Optional.empty(), runningServer(), "the only user stopped the server");

    Database second = open();
    assertEquals(user, await(Repositories.on(second.pool()).users().get(user.uid())));
    await(second.close());
    assertEquals(Optional.empty(), runningServer());
  }

  /** Verifies that a second Database on the directory uses the running server, which outlives the first closer. */
  @Test
  void secondOpenAttachesAndLastCloserStops() {
    Database node = open();
    PostmasterPid server = runningServer().orElseThrow();
    Database cli = open();
    assertEquals(server, runningServer().orElseThrow(), "no second server was started");
    UserRow written = await(Repositories.on(cli.pool()).users().insert(NewUser.named("by-cli")));
    assertEquals(written, await(Repositories.on(node.pool()).users().get(written.uid())));

    await(node.close());
    assertEquals(server, runningServer().orElseThrow(), "still used by the other Database");
    await(cli.ping());
    await(cli.close());
    assertEquals(Optional.empty(), runningServer());
  }

  /** Verifies the other order: the Database that started the server may stay while the other leaves. */
  @Test
  void attachedCloserLeavesServerRunning() {
    Database node = open();
    Database cli = open();
    await(cli.close());
    await(node.ping());
    assertTrue(runningServer().isPresent());
    await(node.close());
    assertEquals(Optional.empty(), runningServer());
  }

  /** Verifies that concurrent opens of one directory share one server and the last close stops it. */
  @Test
  void concurrentOpens() {
    List<Database> dbs = await(Future.all(List.of(openAsync(), openAsync(), openAsync())))
        .<Database>list();
    PostmasterPid server = runningServer().orElseThrow();
    for (Database db : dbs) {
      await(db.ping());
    }
    await(dbs.get(0).close());
    await(dbs.get(1).close());
    assertEquals(server, runningServer().orElseThrow());
    await(dbs.get(2).close());
    assertEquals(Optional.empty(), runningServer());
  }

  /** Verifies that close is idempotent and a closed Database refuses queries. */
  @Test
  void closeTwice() {
    Database db = open();
    await(db.close());
    await(db.close());
    assertThrows(Exception.class, () -> await(db.ping()));
  }

  /** Verifies that the embedded server wants the password kept in the data directory. */
  @Test
  void passwordProtected() throws Exception {
    Database db = open();
    int port = runningServer().orElseThrow().port();
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/tada";
    assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "postgres", "").close());
    assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "postgres", "guess").close());
    String password = Files.readString(dir.resolve(EmbeddedCredentials.PASSWORD_FILE)).strip();
    DriverManager.getConnection(url, "postgres", password).close();
    assertEquals("rw-------", PosixFilePermissions.toString(
        Files.getPosixFilePermissions(dir.resolve(EmbeddedCredentials.PASSWORD_FILE))));
    await(db.close());
  }

  /** Verifies the durability switch: fsync and synchronous commit are on for production data. */
  @Test
  void durableServer() {
    Database db = await(Database.open(vertx, new DatabaseConfig(null, dir, 2, 0, true)));
    Row row = await(db.pool().query("SELECT current_setting('fsync') AS f, current_setting('synchronous_commit') AS s")
        .execute()).iterator().next();
    assertEquals("on", row.getString("f"));
    assertEquals("on", row.getString("s"));
    await(db.close());
  }

  /** Verifies an external server given by URL (here: the embedded one), in both URL spellings, and bad URLs. */
  @Test
  void externalUrl() throws Exception {
    Database embedded = open();
    UserRow user = await(Repositories.on(embedded.pool()).users().insert(NewUser.named("external")));
    int port = runningServer().orElseThrow().port();
    String password = Files.readString(dir.resolve(EmbeddedCredentials.PASSWORD_FILE)).strip();

    Database external = await(Database.open(vertx,
        DatabaseConfig.external("postgresql://postgres:" + password + "@127.0.0.1:" + port + "/tada")));
    assertFalse(external.isEmbedded());
    assertEquals(user, await(Repositories.on(external.pool()).users().get(user.uid())));
    await(external.close());
    Database jdbc = await(Database.open(vertx, DatabaseConfig.external(
        "jdbc:postgresql://127.0.0.1:" + port + "/tada?user=postgres&password=" + password)));
    await(jdbc.ping());
    await(jdbc.close());
    assertTrue(runningServer().isPresent(), "closing an external database never stops a server");

    assertThrows(Exception.class, () -> await(Database.open(vertx,
        DatabaseConfig.external("postgresql://postgres:wrong@127.0.0.1:" + port + "/tada"))));
    assertThrows(IllegalArgumentException.class,
        () -> await(Database.open(vertx, DatabaseConfig.external("mysql://127.0.0.1/tada"))));
    await(embedded.close());
  }

  /** Verifies that a data directory that cannot be one fails the open cleanly. */
  @Test
  void dataDirIsAFile() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
    assertThrows(IOException.class, () -> await(Database.open(vertx, new DatabaseConfig(null, file, 2, 0, false))));
  }

  private Database open() {
    return await(openAsync());
  }

  private Future<Database> openAsync() {
    return Database.open(vertx, new DatabaseConfig(null, dir, 2, 0, false));
  }

  private Optional<PostmasterPid> runningServer() {
    try {
      return PostmasterPid.read(dir.resolve(EmbeddedServer.PG_SUBDIR)).filter(PostmasterPid::isRunning);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static <T> T await(Future<T> future) {
    try {
      return future.await(120, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("no result within 120 s", e);
    }
  }
}

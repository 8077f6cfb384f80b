package org.tadaserver.store.db;

import static org.junit.jupiter.api.Assertions.*;

import io.vertx.pgclient.SslMode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseConfigTest {
  /** Verifies the production defaults: durable embedded server in ./data. */
  @Test
  void defaults() {
    DatabaseConfig cfg = DatabaseConfig.defaults();
    assertTrue(cfg.isEmbedded());
    assertEquals(Path.of("data"), cfg.dataDir());
    assertEquals(0, cfg.embeddedPort());
    assertTrue(cfg.durable());
    assertTrue(new DatabaseConfig("  ", null, 2).isEmbedded(), "a blank URL means embedded");
    assertEquals(Path.of("data"), new DatabaseConfig(null, null, 2).dataDir());
    assertFalse(DatabaseConfig.external("postgresql://h/db").isEmbedded());
  }

  /** Verifies that impossible values are refused at construction. */
  @Test
  void validation() {
    assertThrows(IllegalArgumentException.class, () -> new DatabaseConfig(null, null, 0));
    assertThrows(IllegalArgumentException.class, () -> new DatabaseConfig(null, null, 1, -1, true));
    assertThrows(IllegalArgumentException.class, () -> new DatabaseConfig(null, null, 1, 65_536, true));
    assertThrows(IllegalArgumentException.class, () -> DatabaseConfig.external(" "));
  }

  /** Verifies that toString never shows a password. */
  @Test
  void toStringHidesPasswords() {
    String shown = DatabaseConfig.external("postgresql://app:s3cret@db:5432/tada?password=other").toString();
    assertFalse(shown.contains("s3cret"), shown);
    assertFalse(shown.contains("other"), shown);
    assertTrue(shown.contains("app:***@db:5432/tada"), shown);
    assertFalse(PgEndpoint.parseUrl("postgresql://app:s3cret@db/tada").toString().contains("s3cret"));
  }

  /** Verifies the accepted URL spellings and their parts. */
  @Test
  void parsesUrls() {
    PgEndpoint full = PgEndpoint.parseUrl("postgresql://app:pw@db.example:6543/tada");
    assertEquals(new PgEndpoint("db.example", 6543, "tada", "app", "pw", SslMode.DISABLE), full);
    assertEquals("jdbc:postgresql://db.example:6543/tada?sslmode=disable", full.jdbcUrl());
    assertEquals(full, PgEndpoint.parseUrl("postgres://app:pw@db.example:6543/tada"));
    assertEquals(full, PgEndpoint.parseUrl("jdbc:postgresql://db.example:6543/tada?user=app&password=pw"));
    PgEndpoint tls = PgEndpoint.parseUrl("postgresql://app@db/tada?sslmode=require");
    assertEquals(SslMode.REQUIRE, tls.sslMode());
    assertEquals(5432, tls.port());
    assertTrue(tls.jdbcUrl().endsWith("sslmode=require"));
  }

  /** Verifies that what is not a PostgreSQL URL is refused with a clear message and no password in it. */
  @Test
  void refusesOtherUrls() {
    var e = assertThrows(IllegalArgumentException.class, () -> PgEndpoint.parseUrl("mysql://u:secret@h/db"));
    assertFalse(e.getMessage().contains("secret"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PgEndpoint.parseUrl("db.example:5432"));
    assertThrows(IllegalArgumentException.class, () -> PgEndpoint.parseUrl("postgresql://h:notaport/db"));
  }
}

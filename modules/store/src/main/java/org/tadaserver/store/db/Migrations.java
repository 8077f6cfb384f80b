package org.tadaserver.store.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date with the scripts in {@code classpath:db/migration} (all in this module; one global
 * version sequence). Safe to run from several processes at once: Flyway serializes them with a database lock.
 */
final class Migrations {
  static final String LOCATION = "classpath:db/migration";
  private static final Logger log = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  static void migrate(PgEndpoint endpoint) {
    MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(endpoint.jdbcUrl(), endpoint.user(), endpoint.password())
        .locations(LOCATION)
        .load()
        .migrate();
    String version = result.migrationsExecuted > 0 ? result.targetSchemaVersion : result.initialSchemaVersion;
    log.info("schema of {} at version {} ({} migrations applied now)", endpoint, version, result.migrationsExecuted);
  }
}

/**
 * Connecting: {@link org.tadaserver.store.db.Database#open} with a {@link org.tadaserver.store.db.DatabaseConfig}.
 *
 * <p>The embedded server of a data directory {@code D}: the cluster in {@code D/pg} (PostgreSQL's
 * {@code D/pg/postmaster.pid} tells whether and on which port it runs; its logs are in {@code D/pg/log}), the
 * superuser password in {@code D/pg.password}, the application data in the database {@code tada}. Any process that
 * can read {@code D} can open it while others use it; the server stops when the last user closes. See
 * {@code EmbeddedServer} and {@code EmbeddedLease} for the protocol, and
 * {@link org.tadaserver.store.db.EmbeddedDatabaseFixture} for tests of other modules.
 */
package org.tadaserver.store.db;

/**
 * The store: every SQL statement of the server lives in this module.
 *
 * <ul>
 *   <li>{@link org.tadaserver.store.db} opens the database (external by URL, or the embedded server of a data
 *       directory, shared by every process that opens it), runs the Flyway migrations in
 *       {@code classpath:db/migration} and owns the reactive pool.
 *   <li>{@link org.tadaserver.store.account} and {@link org.tadaserver.store.team} hold the directory's repositories;
 *       {@link org.tadaserver.store.Repositories} bundles them over one client (the pool, or a transaction's
 *       connection).
 * </ul>
 *
 * <p>Repositories speak plain row records, never protocol records, and take gentime values from the caller. Their
 * expected failures are the three {@link org.tadaserver.store.StoreException}s; anything else is the driver's.
 */
package org.tadaserver.store;

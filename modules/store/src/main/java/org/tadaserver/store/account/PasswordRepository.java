package org.tadaserver.store.account;

import static org.tadaserver.store.sql.SqlErrors.mapped;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import java.util.UUID;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.sql.Rows;

/**
 * Password hashes ({@code password_hashes}), at most one per account. The store keeps the self-describing hash string
 * made by the directory's password library ({@code $argon2id$v=19$m=...}); a string that does not look like one (for
 * instance a plain password handed over by mistake) is refused with {@link StoreException.Invalid}.
 */
public final class PasswordRepository {
  private static final String UPSERT = """
      INSERT INTO password_hashes (user_uid, hash) VALUES ($1, $2)
      ON CONFLICT (user_uid) DO UPDATE SET hash = EXCLUDED.hash, updated = now()""";
  private static final String FIND = "SELECT hash FROM password_hashes WHERE user_uid = $1";
  private static final String DELETE = "DELETE FROM password_hashes WHERE user_uid = $1";

  private final SqlClient client;

  public PasswordRepository(SqlClient client) {
    this.client = client;
  }

  /**
   * Sets or replaces the account's hash; fails with {@link StoreException.NotFound} for an unknown account and
   * {@link StoreException.Invalid} for a value that is not a hash string.
   */
  public Future<Void> set(UUID user, String hash) {
    return mapped(client.preparedQuery(UPSERT).execute(Tuple.of(user, hash))).mapEmpty();
  }

  /** The stored hash; empty when the account has no password (or does not exist). */
  public Future<Optional<String>> find(UUID user) {
    return mapped(client.preparedQuery(FIND).execute(Tuple.of(user)))
        .map(rows -> Rows.first(rows, r -> r.getString("hash")));
  }

  /** Removes the password (password login becomes impossible); {@code true} when there was one. */
  public Future<Boolean> delete(UUID user) {
    return mapped(client.preparedQuery(DELETE).execute(Tuple.of(user))).map(rows -> rows.rowCount() > 0);
  }
}

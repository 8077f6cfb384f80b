package org.tadaserver.store.account;

import static org.tadaserver.store.sql.SqlErrors.mapped;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.sql.Rows;

/**
 * API tokens ({@code tokens}), looked up by the SHA-256 of the token the client presents. Making the token (at least
 * 256 random bits) and hashing it is the directory's job; the store refuses a hash that is not 32 bytes.
 */
public final class TokenRepository {
  /** {@link StoreException.Conflict#constraint()} when the hash is stored already. */
  public static final String HASH_TAKEN = "tokens_hash_key";
  public static final int HASH_BYTES = 32;

  private static final String COLUMNS = "id, user_uid, device_name, created, last_used, revoked_at";
  private static final String INSERT = "INSERT INTO tokens (id, user_uid, hash, device_name) VALUES ($1, $2, $3, $4) "
      + "RETURNING " + COLUMNS;
  private static final String FIND_ACTIVE = "SELECT " + COLUMNS + " FROM tokens WHERE hash = $1 AND revoked_at IS NULL";
  private static final String LIST_ACTIVE = "SELECT " + COLUMNS + " FROM tokens WHERE user_uid = $1 "
      + "AND revoked_at IS NULL ORDER BY created, id";
  private static final String REVOKE = "UPDATE tokens SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1";
  private static final String REVOKE_ALL = "UPDATE tokens SET revoked_at = now() WHERE user_uid = $1 "
      + "AND revoked_at IS NULL";
  private static final String TOUCH = "UPDATE tokens SET last_used = now() WHERE id = $1";

  private final SqlClient client;

  public TokenRepository(SqlClient client) {
    this.client = client;
  }

  /**
   * Stores a new token by its hash. Fails with {@link StoreException.Invalid} when {@code sha256} is not 32 bytes,
   * {@link StoreException.NotFound} for an unknown user, {@link StoreException.Conflict} ({@link #HASH_TAKEN}) when
   * the hash exists.
   */
  public Future<TokenRow> insert(UUID user, byte[] sha256, String deviceName) {
    if (sha256 == null || sha256.length != HASH_BYTES) {
      return Future.failedFuture(
          new StoreException.Invalid("a token hash is " + HASH_BYTES + " bytes (SHA-256)", null));
    }
    Tuple params = Tuple.of(UUID.randomUUID(), user, Buffer.buffer(sha256), deviceName == null ? "" : deviceName);
    return mapped(client.preparedQuery(INSERT).execute(params))
        .compose(rows -> Rows.one(rows, TokenRepository::map, "token"));
  }

  /** The token with this hash unless it is revoked. */
  public Future<Optional<TokenRow>> findActiveByHash(byte[] sha256) {
    if (sha256 == null || sha256.length != HASH_BYTES) {
      return Future.succeededFuture(Optional.empty());
    }
    return mapped(client.preparedQuery(FIND_ACTIVE).execute(Tuple.of(Buffer.buffer(sha256))))
        .map(rows -> Rows.first(rows, TokenRepository::map));
  }

  /** The user's tokens that are not revoked, oldest first. */
  public Future<List<TokenRow>> listActiveForUser(UUID user) {
    return mapped(client.preparedQuery(LIST_ACTIVE).execute(Tuple.of(user)))
        .map(rows -> Rows.all(rows, TokenRepository::map));
  }

  /** Revokes one token; revoking twice keeps the first time. Fails with {@link StoreException.NotFound}. */
  public Future<Void> revoke(UUID id) {
    return mapped(client.preparedQuery(REVOKE).execute(Tuple.of(id)))
        .compose(rows -> Rows.touched(rows, "token " + id));
  }

  /** Revokes every valid token of the user; returns how many. */
  public Future<Integer> revokeAllForUser(UUID user) {
    return mapped(client.preparedQuery(REVOKE_ALL).execute(Tuple.of(user))).map(rows -> rows.rowCount());
  }

  /** Records that the token was used now. Fails with {@link StoreException.NotFound}. */
  public Future<Void> touch(UUID id) {
    return mapped(client.preparedQuery(TOUCH).execute(Tuple.of(id)))
        .compose(rows -> Rows.touched(rows, "token " + id));
  }

  private static TokenRow map(Row r) {
    return new TokenRow(r.getUUID("id"), r.getUUID("user_uid"), r.getString("device_name"),
        Rows.instant(r, "created"), Rows.instant(r, "last_used"), Rows.instant(r, "revoked_at"));
  }
}

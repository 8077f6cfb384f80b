package org.tadaserver.store.account;

import static org.tadaserver.store.sql.SqlErrors.mapped;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.sql.Rows;

/**
 * Accounts ({@code users}). Runs on whatever {@link SqlClient} it is given: the pool, or a connection inside a
 * transaction.
 */
public final class UserRepository {
  /** {@link StoreException.Conflict#constraint()} when the login name is taken (ignoring case). */
  public static final String USERNAME_TAKEN = "users_username_key";
  /** {@link StoreException.Conflict#constraint()} when another account has the e-mail address (ignoring case). */
  public static final String EMAIL_TAKEN = "users_email_key";
  /** {@link StoreException.Conflict#constraint()} when another account has the phone number. */
  public static final String PHONE_TAKEN = "users_phone_key";

  private static final String COLUMNS = "uid, username, given_name, family_name, patronymic, phone, email, "
      + "default_lang, settings, is_archive, created";
  private static final String INSERT = "INSERT INTO users (uid, username, given_name, family_name, patronymic, phone, "
      + "email, default_lang, settings) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING " + COLUMNS;
  private static final String GET = "SELECT " + COLUMNS + " FROM users WHERE uid = $1";
  private static final String BY_USERNAME = "SELECT " + COLUMNS + " FROM users WHERE lower(username) = lower($1)";
  private static final String BY_EMAIL = "SELECT " + COLUMNS + " FROM users WHERE lower(email) = lower($1)";
  private static final String BY_PHONE = "SELECT " + COLUMNS + " FROM users WHERE phone = $1";
  private static final String LIST = "SELECT " + COLUMNS + " FROM users ORDER BY lower(username) LIMIT $1 OFFSET $2";
  private static final String UPDATE = """
      UPDATE users SET
        username = COALESCE($2, username),
        given_name = COALESCE($3, given_name),
        family_name = COALESCE($4, family_name),
        patronymic = COALESCE($5, patronymic),
        phone = CASE WHEN $6::text IS NULL THEN phone ELSE NULLIF(btrim($6), '') END,
        email = CASE WHEN $7::text IS NULL THEN email ELSE NULLIF(btrim($7), '') END,
        default_lang = COALESCE($8, default_lang),
        settings = CASE WHEN $9::jsonb IS NULL THEN settings ELSE jsonb_strip_nulls(settings || $9::jsonb) END
      WHERE uid = $1
      RETURNING\s""" + COLUMNS;
  private static final String ARCHIVE = "UPDATE users SET is_archive = true WHERE uid = $1";

  private final SqlClient client;

  public UserRepository(SqlClient client) {
    this.client = client;
  }

  /**
   * Fails with {@link StoreException.Conflict} ({@link #USERNAME_TAKEN}, {@link #EMAIL_TAKEN},
   * {@link #PHONE_TAKEN}) or {@link StoreException.Invalid}.
   */
  public Future<UserRow> insert(NewUser user) {
    Tuple params = Tuple.of(user.uid() == null ? UUID.randomUUID() : user.uid(), user.username())
        .addValue(orEmpty(user.givenName()))
        .addValue(orEmpty(user.familyName()))
        .addValue(orEmpty(user.patronymic()))
        .addValue(Rows.blankToNull(user.phone()))
        .addValue(Rows.blankToNull(user.email()))
        .addValue(user.defaultLang())
        .addValue(user.settings() == null ? new JsonObject() : user.settings());
    return mapped(client.preparedQuery(INSERT).execute(params))
        .compose(rows -> Rows.one(rows, UserRepository::map, "user"));
  }

  /** Fails with {@link StoreException.NotFound}. */
  public Future<UserRow> get(UUID uid) {
    return mapped(client.preparedQuery(GET).execute(Tuple.of(uid)))
        .compose(rows -> Rows.one(rows, UserRepository::map, "user " + uid));
  }

  /** The account with this login name, ignoring case. */
  public Future<Optional<UserRow>> findByUsername(String username) {
    return find(BY_USERNAME, username);
  }

  /** The account with this e-mail address, ignoring case. */
  public Future<Optional<UserRow>> findByEmail(String email) {
    return find(BY_EMAIL, email == null ? null : email.strip());
  }

  public Future<Optional<UserRow>> findByPhone(String phone) {
    return find(BY_PHONE, phone == null ? null : phone.strip());
  }

  /** Accounts ordered by login name (archived ones included), for administration. */
  public Future<List<UserRow>> list(int limit, int offset) {
    return mapped(client.preparedQuery(LIST).execute(Tuple.of(limit, offset)))
        .map(rows -> Rows.all(rows, UserRepository::map));
  }

  /** Applies {@code update}; fails with {@link StoreException.NotFound} or {@link StoreException.Conflict}. */
  public Future<UserRow> update(UUID uid, UserUpdate update) {
    Tuple params = Tuple.of(uid, update.username(), update.givenName(), update.familyName(), update.patronymic(),
        update.phone(), update.email())
        .addValue(update.defaultLang())
        .addValue(update.settingsPatch());
    return mapped(client.preparedQuery(UPDATE).execute(params))
        .compose(rows -> Rows.one(rows, UserRepository::map, "user " + uid));
  }

  /** Marks the account archived (it can no longer log in); fails with {@link StoreException.NotFound}. */
  public Future<Void> archive(UUID uid) {
    return mapped(client.preparedQuery(ARCHIVE).execute(Tuple.of(uid)))
        .compose(rows -> Rows.touched(rows, "user " + uid));
  }

  private Future<Optional<UserRow>> find(String sql, String key) {
    if (key == null || key.isBlank()) {
      return Future.succeededFuture(Optional.empty());
    }
    return mapped(client.preparedQuery(sql).execute(Tuple.of(key)))
        .map(rows -> Rows.first(rows, UserRepository::map));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static UserRow map(Row r) {
    return new UserRow(r.getUUID("uid"), r.getString("username"), r.getString("given_name"),
        r.getString("family_name"), r.getString("patronymic"), r.getString("phone"), r.getString("email"),
        r.getString("default_lang"), r.getJsonObject("settings"), r.getBoolean("is_archive"),
        Rows.instant(r, "created"));
  }
}

package org.tadaserver.store.team;

import static org.tadaserver.store.sql.SqlErrors.mapped;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.sql.Rows;

/**
 * Task tags ({@code tags}). A live tag's name is unique in its team ignoring case: writes that would repeat one fail
 * with {@link StoreException.Conflict} ({@link #NAME_TAKEN}); an archived tag frees its name.
 */
public final class TagRepository {
  public static final String NAME_TAKEN = "tags_team_name_key";
  private static final String COLUMNS = "t.uid, t.team_uid, t.name, t.gentime, t.is_archive, t.created";
  private static final String INSERT = "INSERT INTO tags AS t (uid, team_uid, name, gentime) VALUES ($1, $2, $3, $4) "
      + "RETURNING " + COLUMNS;
  private static final String GET = "SELECT " + COLUMNS + " FROM tags t WHERE t.uid = $1";
  private static final String LIST = "SELECT " + COLUMNS + " FROM tags t WHERE t.team_uid = $1 "
      + "AND ($2 OR NOT t.is_archive) ORDER BY lower(t.name), t.uid";
  private static final String RENAME = "UPDATE tags t SET name = $2, gentime = GREATEST($3, t.gentime + 1) "
      + "WHERE t.uid = $1 RETURNING " + COLUMNS;
  private static final String ARCHIVE = "UPDATE tags t SET is_archive = true, gentime = GREATEST($2, t.gentime + 1) "
      + "WHERE t.uid = $1 RETURNING " + COLUMNS;

  private final SqlClient client;

  public TagRepository(SqlClient client) {
    this.client = client;
  }

  /** Fails with {@link StoreException.Conflict}, {@link StoreException.Invalid} or NotFound (team). */
  public Future<TagRow> insert(UUID team, String name, long gentime) {
    return one(INSERT, Tuple.of(UUID.randomUUID(), team, name, gentime), "tag");
  }

  /** Fails with {@link StoreException.NotFound}. */
  public Future<TagRow> get(UUID uid) {
    return one(GET, Tuple.of(uid), "tag " + uid);
  }

  /** The team's tags by name; archived ones only when asked. */
  public Future<List<TagRow>> list(UUID team, boolean includeArchived) {
    return mapped(client.preparedQuery(LIST).execute(Tuple.of(team, includeArchived)))
        .map(rows -> Rows.all(rows, TagRepository::map));
  }

  /** Fails with {@link StoreException.NotFound} or {@link StoreException.Conflict}. */
  public Future<TagRow> rename(UUID uid, String name, long gentime) {
    return one(RENAME, Tuple.of(uid, name, gentime), "tag " + uid);
  }

  /** Fails with {@link StoreException.NotFound}. */
  public Future<TagRow> archive(UUID uid, long gentime) {
    return one(ARCHIVE, Tuple.of(uid, gentime), "tag " + uid);
  }

  private Future<TagRow> one(String sql, Tuple params, String what) {
    return mapped(client.preparedQuery(sql).execute(params)).compose(rows -> Rows.one(rows, TagRepository::map, what));
  }

  private static TagRow map(Row r) {
    return new TagRow(r.getUUID("uid"), r.getUUID("team_uid"), r.getString("name"), r.getLong("gentime"),
        r.getBoolean("is_archive"), Rows.instant(r, "created"));
  }
}

package org.tadaserver.store.team;

import static org.tadaserver.store.sql.SqlErrors.mapped;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.tadaserver.store.sql.Rows;

/**
 * Group sections or task projects ({@code chat_sections} of one {@code chat_type}); the same rules as contact
 * sections ({@link SectionRepository}). Every statement is confined to this repository's kind, so a group section's
 * uid is unknown to the task projects' repository.
 */
public final class ChatSectionRepository implements SectionTable {
  /** The kinds this table holds, as the protocol names them. */
  public static final List<String> KINDS = List.of("group", "task");

  private static final String COLUMNS = "s.uid, s.team_uid, s.name, s.description, s.sort_ordering, s.gentime, "
      + "s.is_archive, s.created";
  private static final String INSERT = "INSERT INTO chat_sections AS s (uid, team_uid, chat_type, name, description, "
      + "sort_ordering, gentime) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING " + COLUMNS;
  private static final String GET = "SELECT " + COLUMNS + " FROM chat_sections s WHERE s.uid = $1 AND s.chat_type = $2";
  private static final String LIST = "SELECT " + COLUMNS + " FROM chat_sections s WHERE s.team_uid = $1 "
      + "AND s.chat_type = $2 AND ($3 OR NOT s.is_archive) ORDER BY s.sort_ordering, lower(s.name), s.uid";
  private static final String UPDATE = """
      UPDATE chat_sections s SET
        name = COALESCE($3, s.name),
        description = COALESCE($4, s.description),
        sort_ordering = COALESCE($5, s.sort_ordering),
        gentime = GREATEST($6, s.gentime + 1)
      WHERE s.uid = $1 AND s.chat_type = $2
      RETURNING\s""" + COLUMNS;
  private static final String ARCHIVE = "UPDATE chat_sections s SET is_archive = true, "
      + "gentime = GREATEST($3, s.gentime + 1) WHERE s.uid = $1 AND s.chat_type = $2 RETURNING " + COLUMNS;

  private final SqlClient client;
  private final String kind;

  /** @param kind {@code group} or {@code task} */
  public ChatSectionRepository(SqlClient client, String kind) {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("not a chat section kind: " + kind);
    }
    this.client = client;
    this.kind = kind;
  }

  @Override
  public Future<SectionRow> insert(NewSection s, long gentime) {
    return one(INSERT, Tuple.of(s.uid() == null ? UUID.randomUUID() : s.uid(), s.team(), kind, s.name(),
        s.description() == null ? "" : s.description(), s.sortOrdering(), gentime), "section");
  }

  @Override
  public Future<SectionRow> get(UUID uid) {
    return one(GET, Tuple.of(uid, kind), "section " + uid);
  }

  @Override
  public Future<List<SectionRow>> list(UUID team, boolean includeArchived) {
    return mapped(client.preparedQuery(LIST).execute(Tuple.of(team, kind, includeArchived)))
        .map(rows -> Rows.all(rows, ChatSectionRepository::map));
  }

  @Override
  public Future<SectionRow> update(UUID uid, SectionUpdate u, long gentime) {
    return one(UPDATE, Tuple.of(uid, kind, u.name(), u.description(), u.sortOrdering(), gentime), "section " + uid);
  }

  @Override
  public Future<SectionRow> archive(UUID uid, long gentime) {
    return one(ARCHIVE, Tuple.of(uid, kind, gentime), "section " + uid);
  }

  private Future<SectionRow> one(String sql, Tuple params, String what) {
    return mapped(client.preparedQuery(sql).execute(params))
        .compose(rows -> Rows.one(rows, ChatSectionRepository::map, what));
  }

  private static SectionRow map(Row r) {
    return new SectionRow(r.getUUID("uid"), r.getUUID("team_uid"), r.getString("name"), r.getString("description"),
        r.getInteger("sort_ordering"), r.getLong("gentime"), r.getBoolean("is_archive"), Rows.instant(r, "created"));
  }
}

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
 * Contact sections ({@code contact_sections}). Membership is set per contact with
 * {@link ContactRepository#setSections}, because the protocol changes it as the contact's {@code sections} list.
 */
public final class SectionRepository implements SectionTable {
  /** {@link StoreException.Conflict#constraint()} when a live section of the team has the name (ignoring case). */
  public static final String NAME_TAKEN = "contact_sections_team_name_key";

  private static final String COLUMNS = "s.uid, s.team_uid, s.name, s.description, s.sort_ordering, s.gentime, "
      + "s.is_archive, s.created";
  private static final String INSERT = "INSERT INTO contact_sections AS s (uid, team_uid, name, description, "
      + "sort_ordering, gentime) VALUES ($1, $2, $3, $4, $5, $6) RETURNING " + COLUMNS;
  private static final String GET = "SELECT " + COLUMNS + " FROM contact_sections s WHERE s.uid = $1";
  private static final String LIST = "SELECT " + COLUMNS + " FROM contact_sections s WHERE s.team_uid = $1 "
      + "AND ($2 OR NOT s.is_archive) ORDER BY s.sort_ordering, lower(s.name), s.uid";
  private static final String UPDATE = """
      UPDATE contact_sections s SET
        name = COALESCE($2, s.name),
        description = COALESCE($3, s.description),
        sort_ordering = COALESCE($4, s.sort_ordering),
        gentime = GREATEST($5, s.gentime + 1)
      WHERE s.uid = $1
      RETURNING\s""" + COLUMNS;
  private static final String SET_ARCHIVE = "UPDATE contact_sections s SET is_archive = $2, "
      + "gentime = GREATEST($3, s.gentime + 1) WHERE s.uid = $1 RETURNING " + COLUMNS;
  private static final String MEMBERS = "SELECT m.contact_uid FROM contact_section_members m "
      + "JOIN contacts c ON c.uid = m.contact_uid WHERE m.section_uid = $1 AND NOT c.is_archive "
      + "ORDER BY lower(c.display_name), c.uid";

  private final SqlClient client;

  public SectionRepository(SqlClient client) {
    this.client = client;
  }

  /** Fails with {@link StoreException.Conflict} ({@link #NAME_TAKEN}) or {@link StoreException.NotFound} (team). */
  @Override
  public Future<SectionRow> insert(NewSection s, long gentime) {
    Tuple params = Tuple.of(s.uid() == null ? UUID.randomUUID() : s.uid(), s.team(), s.name(),
        s.description() == null ? "" : s.description(), s.sortOrdering(), gentime);
    return one(INSERT, params, "section");
  }

  /** Fails with {@link StoreException.NotFound}. */
  @Override
  public Future<SectionRow> get(UUID uid) {
    return one(GET, Tuple.of(uid), "section " + uid);
  }

  /** The team's sections in display order; archived ones only when asked (delta sync needs them). */
  @Override
  public Future<List<SectionRow>> list(UUID team, boolean includeArchived) {
    return mapped(client.preparedQuery(LIST).execute(Tuple.of(team, includeArchived)))
        .map(rows -> Rows.all(rows, SectionRepository::map));
  }

  /** Fails with {@link StoreException.NotFound} or {@link StoreException.Conflict} ({@link #NAME_TAKEN}). */
  @Override
  public Future<SectionRow> update(UUID uid, SectionUpdate u, long gentime) {
    return one(UPDATE, Tuple.of(uid, u.name(), u.description(), u.sortOrdering(), gentime), "section " + uid);
  }

  /**
   * Archives the section (it disappears from its contacts' section lists); fails with
   * {@link StoreException.NotFound}.
   */
  @Override
  public Future<SectionRow> archive(UUID uid, long gentime) {
    return one(SET_ARCHIVE, Tuple.of(uid, true, gentime), "section " + uid);
  }

  /** The live contacts in the section, by display name. */
  public Future<List<UUID>> listMembers(UUID section) {
    return mapped(client.preparedQuery(MEMBERS).execute(Tuple.of(section)))
        .map(rows -> Rows.all(rows, r -> r.getUUID("contact_uid")));
  }

  private Future<SectionRow> one(String sql, Tuple params, String what) {
    return mapped(client.preparedQuery(sql).execute(params))
        .compose(rows -> Rows.one(rows, SectionRepository::map, what));
  }

  private static SectionRow map(Row r) {
    return new SectionRow(r.getUUID("uid"), r.getUUID("team_uid"), r.getString("name"), r.getString("description"),
        r.getInteger("sort_ordering"), r.getLong("gentime"), r.getBoolean("is_archive"), Rows.instant(r, "created"));
  }
}

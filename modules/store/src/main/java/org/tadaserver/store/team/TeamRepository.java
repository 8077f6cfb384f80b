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
 * Teams ({@code teams}). Gentime arguments are the caller's clock reading (for example
 * {@link org.tadaserver.store.chat.TeamClock}); the stored value is {@code max(given, previous + 1)}, so it always
 * grows, and the returned row carries it.
 * Creating a team together with its owner's contact is one transaction:
 * {@code Repositories.inTransaction(pool, tx -> tx.teams().insert(..).compose(t -> tx.contacts().insert(..)))}.
 */
public final class TeamRepository {
  private static final String SETTINGS = "max_message_update_age, default_task_deadline, use_patronymic, "
      + "display_family_name_first, need_confirmation, hide_archived_users, use_task_importance, task_importance_min, "
      + "task_importance_max, task_importance_rev, use_task_urgency, use_task_complexity, use_task_spent_time";
  private static final String COLUMNS = "t.uid, t.name, t.icon_letters, t.icon_color, t.max_message_update_age, "
      + "t.default_task_deadline, t.use_patronymic, t.display_family_name_first, t.need_confirmation, "
      + "t.hide_archived_users, t.use_task_importance, t.task_importance_min, t.task_importance_max, "
      + "t.task_importance_rev, t.use_task_urgency, t.use_task_complexity, t.use_task_spent_time, t.gentime, "
      + "t.is_archive, t.created";
  private static final String INSERT = "INSERT INTO teams AS t (uid, name, icon_letters, icon_color, gentime, "
      + SETTINGS + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) "
      + "RETURNING " + COLUMNS;
  private static final String GET = "SELECT " + COLUMNS + " FROM teams t WHERE t.uid = $1";
  private static final String LIST = "SELECT " + COLUMNS + " FROM teams t ORDER BY lower(t.name), t.uid "
      + "LIMIT $1 OFFSET $2";
  private static final String LIST_FOR_USER = "SELECT " + COLUMNS + " FROM teams t JOIN contacts c "
      + "ON c.team_uid = t.uid WHERE c.user_uid = $1 AND NOT c.is_archive ORDER BY lower(t.name), t.uid";
  private static final String UPDATE = """
      UPDATE teams t SET
        name = COALESCE($2, t.name),
        icon_letters = COALESCE($3, t.icon_letters),
        icon_color = COALESCE($4, t.icon_color),
        max_message_update_age = CASE WHEN $5 THEN $6::integer ELSE t.max_message_update_age END,
        default_task_deadline = CASE WHEN $5 THEN $7::time ELSE t.default_task_deadline END,
        use_patronymic = CASE WHEN $5 THEN $8::boolean ELSE t.use_patronymic END,
        display_family_name_first = CASE WHEN $5 THEN $9::boolean ELSE t.display_family_name_first END,
        need_confirmation = CASE WHEN $5 THEN $10::boolean ELSE t.need_confirmation END,
        hide_archived_users = CASE WHEN $5 THEN $11::boolean ELSE t.hide_archived_users END,
        use_task_importance = CASE WHEN $5 THEN $12::boolean ELSE t.use_task_importance END,
        task_importance_min = CASE WHEN $5 THEN $13::integer ELSE t.task_importance_min END,
        task_importance_max = CASE WHEN $5 THEN $14::integer ELSE t.task_importance_max END,
        task_importance_rev = CASE WHEN $5 THEN $15::boolean ELSE t.task_importance_rev END,
        use_task_urgency = CASE WHEN $5 THEN $16::boolean ELSE t.use_task_urgency END,
        use_task_complexity = CASE WHEN $5 THEN $17::boolean ELSE t.use_task_complexity END,
        use_task_spent_time = CASE WHEN $5 THEN $18::boolean ELSE t.use_task_spent_time END,
        gentime = GREATEST($19, t.gentime + 1)
      WHERE t.uid = $1
      RETURNING\s""" + COLUMNS;
  private static final String SET_ARCHIVE = "UPDATE teams t SET is_archive = $2, gentime = GREATEST($3, t.gentime + 1) "
      + "WHERE t.uid = $1 RETURNING " + COLUMNS;

  private final SqlClient client;

  public TeamRepository(SqlClient client) {
    this.client = client;
  }

  public Future<TeamRow> insert(NewTeam team, long gentime) {
    TeamSettings s = team.settings() == null ? TeamSettings.DEFAULTS : team.settings();
    Tuple params = Tuple.of(team.uid() == null ? UUID.randomUUID() : team.uid(), team.name(), team.iconLetters(),
        team.iconColor(), gentime);
    addSettings(params, s);
    return mapped(client.preparedQuery(INSERT).execute(params))
        .compose(rows -> Rows.one(rows, TeamRepository::map, "team"));
  }

  /** Fails with {@link StoreException.NotFound}. */
  public Future<TeamRow> get(UUID uid) {
    return mapped(client.preparedQuery(GET).execute(Tuple.of(uid)))
        .compose(rows -> Rows.one(rows, TeamRepository::map, "team " + uid));
  }

  /** All teams by name, archived ones included, for administration. */
  public Future<List<TeamRow>> list(int limit, int offset) {
    return mapped(client.preparedQuery(LIST).execute(Tuple.of(limit, offset)))
        .map(rows -> Rows.all(rows, TeamRepository::map));
  }

  /** The teams in which the user has a contact that is not archived (archived teams included), by name. */
  public Future<List<TeamRow>> listForUser(UUID user) {
    return mapped(client.preparedQuery(LIST_FOR_USER).execute(Tuple.of(user)))
        .map(rows -> Rows.all(rows, TeamRepository::map));
  }

  /** Fails with {@link StoreException.NotFound}, or {@link StoreException.Invalid} for values the schema refuses. */
  public Future<TeamRow> update(UUID uid, TeamUpdate update, long gentime) {
    TeamSettings s = update.settings() == null ? TeamSettings.DEFAULTS : update.settings();
    Tuple params = Tuple.of(uid, update.name(), update.iconLetters(), update.iconColor(), update.settings() != null);
    addSettings(params, s);
    params.addValue(gentime);
    return mapped(client.preparedQuery(UPDATE).execute(params))
        .compose(rows -> Rows.one(rows, TeamRepository::map, "team " + uid));
  }

  /** Marks the team archived; fails with {@link StoreException.NotFound}. */
  public Future<TeamRow> archive(UUID uid, long gentime) {
    return setArchive(uid, true, gentime);
  }

  /** Brings an archived team back; fails with {@link StoreException.NotFound}. */
  public Future<TeamRow> restore(UUID uid, long gentime) {
    return setArchive(uid, false, gentime);
  }

  private Future<TeamRow> setArchive(UUID uid, boolean archived, long gentime) {
    return mapped(client.preparedQuery(SET_ARCHIVE).execute(Tuple.of(uid, archived, gentime)))
        .compose(rows -> Rows.one(rows, TeamRepository::map, "team " + uid));
  }

  private static void addSettings(Tuple params, TeamSettings s) {
    params.addValue(s.maxMessageUpdateAge()).addValue(s.defaultTaskDeadline()).addValue(s.usePatronymic())
        .addValue(s.displayFamilyNameFirst()).addValue(s.needConfirmation()).addValue(s.hideArchivedUsers())
        .addValue(s.useTaskImportance()).addValue(s.taskImportanceMin()).addValue(s.taskImportanceMax())
        .addValue(s.taskImportanceRev()).addValue(s.useTaskUrgency()).addValue(s.useTaskComplexity())
        .addValue(s.useTaskSpentTime());
  }

  private static TeamRow map(Row r) {
    TeamSettings settings = new TeamSettings(r.getInteger("max_message_update_age"),
        r.getLocalTime("default_task_deadline"), r.getBoolean("use_patronymic"),
        r.getBoolean("display_family_name_first"), r.getBoolean("need_confirmation"),
        r.getBoolean("hide_archived_users"), r.getBoolean("use_task_importance"), r.getInteger("task_importance_min"),
        r.getInteger("task_importance_max"), r.getBoolean("task_importance_rev"), r.getBoolean("use_task_urgency"),
        r.getBoolean("use_task_complexity"), r.getBoolean("use_task_spent_time"));
    return new TeamRow(r.getUUID("uid"), r.getString("name"), r.getString("icon_letters"),
        r.getString("icon_color"), settings, r.getLong("gentime"), r.getBoolean("is_archive"),
        Rows.instant(r, "created"));
  }
}

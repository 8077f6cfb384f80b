package org.tadaserver.store.task;

import static org.tadaserver.store.sql.SqlErrors.mapped;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.tadaserver.store.sql.Rows;

/** Custom task statuses of teams ({@code task_statuses}); 'new' and 'done' are built in and never stored. */
public final class TaskStatusRepository {
  private static final String COLUMNS = "uid, team_uid, name, title, sort_ordering, is_archive";
  private static final String OF_TEAM = "SELECT " + COLUMNS + " FROM task_statuses WHERE team_uid = $1 "
      + "ORDER BY sort_ordering, name";
  private static final String INSERT = "INSERT INTO task_statuses (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6)"
      + " RETURNING " + COLUMNS;

  private final SqlClient client;

  public TaskStatusRepository(SqlClient client) {
    this.client = client;
  }

  /** The team's custom statuses, archived ones included, in their order. */
  public Future<List<TaskStatusRow>> ofTeam(UUID team) {
    return mapped(client.preparedQuery(OF_TEAM).execute(Tuple.of(team)))
        .map(rows -> Rows.all(rows, TaskStatusRepository::status));
  }

  /** Adds a custom status; Conflict when the team has one of that name, Invalid for a bad name or title. */
  public Future<TaskStatusRow> insert(TaskStatusRow s) {
    Tuple params = Tuple.of(s.uid(), s.teamUid(), s.name(), s.title(), s.sortOrdering(), s.isArchive());
    return mapped(client.preparedQuery(INSERT).execute(params))
        .compose(rows -> Rows.one(rows, TaskStatusRepository::status, "status"));
  }

  private static TaskStatusRow status(Row r) {
    return new TaskStatusRow(r.getUUID("uid"), r.getUUID("team_uid"), r.getString("name"), r.getString("title"),
        r.getInteger("sort_ordering"), r.getBoolean("is_archive"));
  }
}

package org.tadaserver.store.task;

import static org.tadaserver.store.sql.SqlErrors.mapped;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tadaserver.store.sql.Rows;

/**
 * Checklist items of tasks ({@code task_items}). Item writes are task writes: callers hold the team clock and move
 * the task chat's {@code base_gentime} with them.
 */
public final class TaskItemRepository {
  private static final String COLUMNS = "i.uid, i.task_uid, i.sort_ordering, i.text, i.checked, i.subtask_uid, "
      + "i.gentime";
  private static final String OF_TASKS = "SELECT " + COLUMNS + " FROM task_items i "
      + "WHERE i.task_uid = ANY($1::uuid[]) ORDER BY i.task_uid, i.sort_ordering, i.uid";
  private static final String FIND = "SELECT " + COLUMNS + " FROM task_items i WHERE i.uid = $1";
  private static final String INSERT = "INSERT INTO task_items AS i (uid, task_uid, sort_ordering, text, checked, "
      + "subtask_uid, gentime) VALUES ($1, $2, $3, $4, $5, $6, $7)";
  private static final String SAVE = "UPDATE task_items SET sort_ordering = $2, text = $3, checked = $4, "
      + "subtask_uid = $5, gentime = $6 WHERE uid = $1";
  private static final String DELETE = "DELETE FROM task_items WHERE uid = $1";
  /** The parents of each child task: the live tasks with an item linking it, by number. */
  private static final String PARENTS = """
      SELECT DISTINCT i.subtask_uid AS child, i.task_uid AS parent, t.num
      FROM task_items i JOIN tasks t ON t.chat_uid = i.task_uid JOIN chats c ON c.uid = i.task_uid
      WHERE i.subtask_uid = ANY($1::uuid[]) AND NOT c.is_archive
      ORDER BY i.subtask_uid, t.num""";

  /** A child task and one task that lists it as a subtask. */
  public record Link(UUID child, UUID parent) {}

  private final SqlClient client;

  public TaskItemRepository(SqlClient client) {
    this.client = client;
  }

  /** The items of these tasks, each task's in checklist order. */
  public Future<List<TaskItemRow>> ofTasks(List<UUID> tasks) {
    if (tasks.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return mapped(client.preparedQuery(OF_TASKS).execute(Tuple.of(tasks.toArray(UUID[]::new))))
        .map(rows -> Rows.all(rows, TaskItemRepository::item));
  }

  public Future<Optional<TaskItemRow>> find(UUID uid) {
    return mapped(client.preparedQuery(FIND).execute(Tuple.of(uid)))
        .map(rows -> Rows.first(rows, TaskItemRepository::item));
  }

  public Future<Void> insert(TaskItemRow item) {
    Tuple params = Tuple.of(item.uid(), item.taskUid(), item.sortOrdering(), item.text(), item.checked(),
        item.subtaskUid()).addValue(item.gentime());
    return mapped(client.preparedQuery(INSERT).execute(params)).mapEmpty();
  }

  /** Writes an item's order, text, check mark, subtask link and version; NotFound when it is gone. */
  public Future<Void> save(TaskItemRow item) {
    Tuple params = Tuple.of(item.uid(), item.sortOrdering(), item.text(), item.checked(), item.subtaskUid(),
        item.gentime());
    return mapped(client.preparedQuery(SAVE).execute(params)).compose(rows -> Rows.touched(rows, "item " + item.uid()));
  }

  public Future<Void> delete(UUID uid) {
    return mapped(client.preparedQuery(DELETE).execute(Tuple.of(uid)))
        .compose(rows -> Rows.touched(rows, "item " + uid));
  }

  /** For each of {@code children}, the live tasks whose checklist links it, by parent number. */
  public Future<List<Link>> parents(List<UUID> children) {
    if (children.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return mapped(client.preparedQuery(PARENTS).execute(Tuple.of(children.toArray(UUID[]::new))))
        .map(rows -> Rows.all(rows, r -> new Link(r.getUUID("child"), r.getUUID("parent"))));
  }

  private static TaskItemRow item(Row r) {
    return new TaskItemRow(r.getUUID("uid"), r.getUUID("task_uid"), r.getInteger("sort_ordering"), r.getString("text"),
        r.getBoolean("checked"), r.getUUID("subtask_uid"), r.getLong("gentime"));
  }
}

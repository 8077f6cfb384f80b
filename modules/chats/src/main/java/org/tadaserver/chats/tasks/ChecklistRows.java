package org.tadaserver.chats.tasks;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tadaserver.store.task.TaskItemRepository;
import org.tadaserver.store.task.TaskItemRow;
import org.tadaserver.store.task.TaskRepository;

/**
 * Checklist rows inside the writing transaction: writing a whole list (create, or {@code items} in a change) and
 * resolving {@code #N} subtask links. An item "#N" links task N of the same team (any task but itself); a number
 * that names no task leaves plain text.
 */
final class ChecklistRows {
  private static final Pattern LINK = Pattern.compile("#(\\d{1,9})");

  private ChecklistRows() {}

  /** The task an item text links, or null. */
  static Future<UUID> link(SqlClient tx, UUID team, UUID task, String text) {
    Matcher m = LINK.matcher(text);
    if (!m.matches()) {
      return Future.succeededFuture(null);
    }
    return new TaskRepository(tx).byNum(team, Integer.parseInt(m.group(1)))
        .map(found -> found.map(t -> t.chatUid()).filter(uid -> !uid.equals(task)).orElse(null));
  }

  /**
   * Makes {@code texts} the task's checklist, in that order. An existing item whose text is listed keeps its uid and
   * check mark (the first unused one per text); the others are removed. Answers whether anything changed.
   */
  static Future<Boolean> replace(SqlClient tx, UUID team, UUID task, List<String> texts, long gentime) {
    TaskItemRepository repo = new TaskItemRepository(tx);
    return repo.ofTasks(List.of(task)).compose(current -> {
      if (current.stream().map(TaskItemRow::text).toList().equals(texts)) {
        return Future.succeededFuture(false);
      }
      List<TaskItemRow> unused = new ArrayList<>(current);
      Future<Void> chain = Future.succeededFuture();
      for (int i = 0; i < texts.size(); i++) {
        String text = texts.get(i);
        int position = i;
        TaskItemRow kept = unused.stream().filter(r -> r.text().equals(text)).findFirst().orElse(null);
        if (kept != null) {
          unused.remove(kept);
          chain = chain.compose(v -> repo.save(kept.withSortOrdering(position, gentime)));
        } else {
          chain = chain.compose(v -> link(tx, team, task, text).compose(sub -> repo.insert(
              new TaskItemRow(UUID.randomUUID(), task, position, text, false, sub, gentime))));
        }
      }
      for (TaskItemRow gone : unused) {
        chain = chain.compose(v -> repo.delete(gone.uid()));
      }
      return chain.map(true);
    });
  }

  /** Moves {@code moved} to {@code position} (clamped) and renumbers the list 0..n-1. */
  static Future<Void> move(SqlClient tx, List<TaskItemRow> items, TaskItemRow moved, int position, long gentime) {
    List<TaskItemRow> order = new ArrayList<>(items);
    order.removeIf(r -> r.uid().equals(moved.uid()));
    order.add(Math.max(0, Math.min(position, order.size())), moved);
    TaskItemRepository repo = new TaskItemRepository(tx);
    Future<Void> chain = Future.succeededFuture();
    for (int i = 0; i < order.size(); i++) {
      TaskItemRow row = order.get(i);
      int at = i;
      if (row.sortOrdering() != at || row.uid().equals(moved.uid())) {
        chain = chain.compose(v -> repo.save(row.withSortOrdering(at, gentime)));
      }
    }
    return chain;
  }
}

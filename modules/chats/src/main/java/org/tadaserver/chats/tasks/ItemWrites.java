package org.tadaserver.chats.tasks;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.ItemChange;
import org.tadaserver.chats.groups.ChatReads;
import org.tadaserver.chats.groups.Committed;
import org.tadaserver.chats.groups.GroupWrites;
import org.tadaserver.chats.groups.TeamWrites;
import org.tadaserver.chats.messages.SystemChange;
import org.tadaserver.chats.messages.SystemMessages;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.TaskItem;
import org.tadaserver.store.chat.ChatRepository;
import org.tadaserver.store.task.TaskItemRepository;
import org.tadaserver.store.task.TaskItemRow;

/**
 * Single checklist item operations: add, edit the text, check or uncheck, move, delete. The task's owner (and team
 * admins in it) do all of them; the assignee checks and unchecks. Each change moves the task's version, posts a
 * {@code change} message ("Item checked", with the item text as {@code new}) and sends {@code server.chat.updated} to
 * the members, like any task change.
 */
final class ItemWrites {
  private final TeamWrites writes;
  private final TaskRequests requests;

  ItemWrites(TeamWrites writes, TaskRequests requests) {
    this.writes = writes;
    this.requests = requests;
  }

  Future<TaskItem> add(Membership actor, String id, ItemChange body) {
    String text;
    try {
      text = requests.itemText("text", body == null ? null : body.text());
    } catch (ServiceException e) {
      return Future.failedFuture(e);
    }
    UUID uid = UUID.randomUUID();
    return writes.write(actor.team(), (tx, gentime) -> TaskTarget.writable(tx, actor, id).compose(t -> {
      if (!TaskRights.canEdit(actor.status(), t.task(), actor.contact(), true)) {
        return Future.failedFuture(ServiceException.accessDenied("You can't change items of this task"));
      }
      TaskItemRepository repo = new TaskItemRepository(tx);
      return repo.ofTasks(List.of(t.uid())).compose(items -> {
        if (items.size() >= TaskRequests.MAX_ITEMS) {
          return Future.failedFuture(ServiceException.invalid("items", "at most " + TaskRequests.MAX_ITEMS));
        }
        return ChecklistRows.link(tx, actor.team(), t.uid(), text).compose(sub -> {
          TaskItemRow row = new TaskItemRow(uid, t.uid(), items.size(), text, false, sub, gentime);
          Integer at = body.sortOrdering();
          return repo.insert(row).compose(v -> at == null ? Future.succeededFuture()
              : ChecklistRows.move(tx, append(items, row), row, at, gentime));
        });
      }).compose(v -> done(tx, actor, t, "Item added", null, text, gentime));
    })).map(chat -> item(chat, uid));
  }

  Future<TaskItem> update(Membership actor, String id, String itemUid, ItemChange body) {
    UUID uid;
    String text;
    try {
      uid = uuid(itemUid);
      if (body == null || body.text() == null && body.checked() == null && body.sortOrdering() == null) {
        throw ServiceException.invalid("text", "nothing to change: give text, checked or sort_ordering");
      }
      text = body.text() == null ? null : requests.itemText("text", body.text());
    } catch (ServiceException e) {
      return Future.failedFuture(e);
    }
    return writes.write(actor.team(), (tx, gentime) -> TaskTarget.writable(tx, actor, id).compose(t ->
        row(tx, t, uid).compose(old -> {
          boolean edits = text != null && !text.equals(old.text()) || body.sortOrdering() != null;
          boolean toggles = body.checked() != null && body.checked() != old.checked();
          if (edits && !TaskRights.canEdit(actor.status(), t.task(), actor.contact(), true)
              || toggles && !TaskRights.canProgress(actor.status(), t.task(), actor.contact(), true)) {
            return Future.failedFuture(ServiceException.accessDenied("You can't change items of this task"));
          }
          if (!edits && !toggles) {
            return new ChatReads(tx).view(actor, t.target()).map(Committed::quiet);
          }
          return text == null || text.equals(old.text()) ? apply(tx, actor, t, old, old, body, gentime)
              : ChecklistRows.link(tx, actor.team(), t.uid(), text)
                  .compose(sub -> apply(tx, actor, t, old, old.withText(text, sub, gentime), body, gentime));
        }))).map(chat -> item(chat, uid));
  }

  Future<TaskItem> delete(Membership actor, String id, String itemUid) {
    UUID uid;
    try {
      uid = uuid(itemUid);
    } catch (ServiceException e) {
      return Future.failedFuture(e);
    }
    return writes.write(actor.team(), (tx, gentime) -> TaskTarget.writable(tx, actor, id).compose(t ->
        row(tx, t, uid).compose(old -> {
          if (!TaskRights.canEdit(actor.status(), t.task(), actor.contact(), true)) {
            return Future.failedFuture(ServiceException.accessDenied("You can't change items of this task"));
          }
          TaskItemRepository repo = new TaskItemRepository(tx);
          TaskItem gone = new TaskItem(old.uid().toString(), gentime, old.sortOrdering(), old.text(), old.checked(),
              false, false, null);
          return repo.delete(uid).compose(v -> repo.ofTasks(List.of(t.uid())))
              .compose(rest -> rest.isEmpty() ? Future.succeededFuture()
                  : ChecklistRows.move(tx, rest, rest.get(0), 0, gentime))
              .compose(v -> done(tx, actor, t, "Item removed", old.text(), null, gentime))
              .map(c -> c.withValue(gone));
        })));
  }

  private Future<Committed<Chat>> apply(SqlClient tx, Membership actor, TaskTarget t, TaskItemRow old,
      TaskItemRow edited, ItemChange body, long gentime) {
    TaskItemRow row = body.checked() == null ? edited.withSortOrdering(edited.sortOrdering(), gentime)
        : edited.withChecked(body.checked(), gentime);
    TaskItemRepository repo = new TaskItemRepository(tx);
    Future<Void> moved = body.sortOrdering() == null ? repo.save(row)
        : repo.ofTasks(List.of(t.uid())).compose(items -> ChecklistRows.move(tx, items, row, body.sortOrdering(),
            gentime));
    String title = body.checked() != null && body.checked() != old.checked()
        ? (body.checked() ? "Item checked" : "Item unchecked")
        : !row.text().equals(old.text()) ? "Item changed" : "Item moved";
    return moved.compose(v -> done(tx, actor, t, title, old.text().equals(row.text()) ? null : old.text(),
        row.text(), gentime));
  }

  /** Moves the task's version, posts the change message and answers the task with the events. */
  private static Future<Committed<Chat>> done(SqlClient tx, Membership actor, TaskTarget t, String title,
      String oldValue, String newValue, long gentime) {
    return new ChatRepository(tx).touch(t.uid(), gentime)
        .compose(chat -> SystemMessages.post(tx, actor.team(),
            new SystemChange(t.uid(), actor.contact(), title, oldValue, newValue)))
        .compose(posted -> GroupWrites.answer(tx, actor, t.target().jid(), posted.deliveries()));
  }

  private static Future<TaskItemRow> row(SqlClient tx, TaskTarget t, UUID uid) {
    return new TaskItemRepository(tx).find(uid).compose(found -> found.isPresent()
        && found.get().taskUid().equals(t.uid()) ? Future.succeededFuture(found.get())
        : Future.failedFuture(ServiceException.notFound("item " + uid)));
  }

  private static List<TaskItemRow> append(List<TaskItemRow> items, TaskItemRow row) {
    List<TaskItemRow> all = new java.util.ArrayList<>(items);
    all.add(row);
    return all;
  }

  private static UUID uuid(String raw) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ServiceException.notFound("item " + raw);
    }
  }

  private static TaskItem item(Chat chat, UUID uid) {
    return chat.items() == null ? null : chat.items().stream().filter(i -> uid.toString().equals(i.uid()))
        .findFirst().orElseThrow(() -> ServiceException.notFound("item " + uid));
  }
}

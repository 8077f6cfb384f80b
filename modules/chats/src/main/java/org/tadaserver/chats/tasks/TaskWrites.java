package org.tadaserver.chats.tasks;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.access.ChatAccess;
import org.tadaserver.chats.groups.ChatEvents;
import org.tadaserver.chats.groups.ChatReads;
import org.tadaserver.chats.groups.Committed;
import org.tadaserver.chats.groups.GroupWrites;
import org.tadaserver.chats.groups.TeamWrites;
import org.tadaserver.chats.messages.Forwards;
import org.tadaserver.chats.messages.TextLinks;
import org.tadaserver.directory.Membership;
import org.tadaserver.directory.rules.Rights;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.rest.TaskRequest;
import org.tadaserver.store.chat.ChatRepository;
import org.tadaserver.store.chat.MemberRepository;
import org.tadaserver.store.task.TaskChat;
import org.tadaserver.store.task.TaskItemRepository;
import org.tadaserver.store.task.TaskListing;
import org.tadaserver.store.task.TaskRepository;
import org.tadaserver.store.task.TaskRow;

/**
 * Creating, changing and archiving tasks. Each write is one transaction behind the team clock ({@link TeamWrites}):
 * the task number, chat and task rows, members, checklist and change messages commit together, and
 * {@code server.chat.updated} (to the members), the change messages and {@code server.chat.deleted} (to people who
 * left) are published after the commit.
 */
final class TaskWrites {
  private final TeamWrites writes;
  private final TaskRequests requests;

  TaskWrites(TeamWrites writes, TaskRequests requests) {
    this.writes = writes;
    this.requests = requests;
  }

  /** A new task owned by the actor, numbered next in the team, with status {@code new} unless another is given. */
  Future<Chat> create(Membership actor, TaskRequest r) {
    TaskEdit e;
    try {
      e = requests.create(r);
      if (Boolean.TRUE.equals(e.isPublic()) && !Rights.canCreateShared(actor.status())) {
        throw ServiceException.accessDenied("Guests can't create public tasks");
      }
    } catch (ServiceException failure) {
      return Future.failedFuture(failure);
    }
    UUID uid = UUID.randomUUID();
    String title = requests.title(e.description());
    return writes.write(actor.team(), (tx, gentime) -> TaskChecks.check(tx, actor.team(), e)
        .compose(settings -> new TaskRepository(tx).nextNum(actor.team()))
        .compose(num -> {
          TaskRow blank = new TaskRow(uid, actor.team(), num, actor.contact(), null, List.of(), TaskRow.NEW, null,
              "", null, List.of(), null, null, null, null, null, null);
          TaskState applied = new TaskState(new TaskChat(title, "", false, null), blank)
              .apply(e, title, Instant.now());
          return links(tx, actor, applied.chat().description()).map(applied::withLinks).compose(state ->
              new TaskRepository(tx).insert(state.chat(), state.task(), gentime)
              .compose(chat -> TaskMembers.start(tx, chat, state.task(), gentime))
              .compose(v -> e.items() == null ? Future.succeededFuture(false)
                  : ChecklistRows.replace(tx, actor.team(), uid, e.items(), gentime))
              .compose(v -> TaskAnnouncements.created(tx, actor.team(), uid, actor.contact(), state.task().assignee(),
                  title))
              .compose(created -> Forwards.post(tx, actor.team(), uid, actor.contact(), e.linked()).map(carried -> {
                List<org.tadaserver.bus.Delivery> all = new ArrayList<>(created);
                all.addAll(carried);
                return all;
              })));
        })
        .compose(posted -> GroupWrites.answer(tx, actor, Jid.task(uid), posted)));
  }

  /**
   * Applies the fields present in {@code r}, each checked against the actor's rights ({@link TaskRights}); a field
   * sent with its current value is no change. Nothing changed: the view, and no event.
   */
  Future<Chat> update(Membership actor, String id, TaskRequest r) {
    TaskEdit e;
    try {
      e = requests.change(r);
    } catch (ServiceException failure) {
      return Future.failedFuture(failure);
    }
    String title = e.description() == null ? null : requests.title(e.description());
    return writes.write(actor.team(), (tx, gentime) -> TaskTarget.writable(tx, actor, id).compose(t ->
        TaskChecks.check(tx, actor.team(), e).compose(settings -> {
          TaskState before = new TaskState(new TaskChat(t.target().chat().title(), t.target().chat().description(),
              t.target().chat().isPublic(), t.target().chat().sectionUid()), t.task());
          TaskState after = before.apply(e, title, Instant.now());
          List<TaskState.Change> changes = after.changes(before);
          boolean itemsNamed = e.items() != null;
          List<String> allowed = TaskRights.shared(actor.status(), t.task(), actor.contact(), true, settings);
          for (TaskState.Change c : changes) {
            if (!allowed.contains(c.field())) {
              return Future.failedFuture(ServiceException.accessDenied("You can't change " + c.field()
                  + " of this task"));
            }
          }
          return (itemsNamed ? itemsChange(tx, actor, t, e.items(), allowed, gentime) : Future.succeededFuture(false))
              .compose(items -> {
                List<TaskState.Change> all = new ArrayList<>(changes);
                if (items) {
                  all.add(new TaskState.Change(TaskRights.ITEMS, null, null));
                }
                if (all.isEmpty()) {
                  return new ChatReads(tx).view(actor, t.target()).map(Committed::quiet);
                }
                Future<TaskState> linked = changes.stream().anyMatch(c -> c.field().equals(TaskRights.DESCRIPTION))
                    ? links(tx, actor, after.chat().description()).map(after::withLinks)
                    : Future.succeededFuture(after);
                return linked.compose(state -> save(tx, actor, t, state, all, gentime));
              });
        })));
  }

  /** Archives a task: its owner or a team admin in it. Every member gets {@code server.chat.deleted}. */
  Future<Chat> delete(Membership actor, String id) {
    return writes.write(actor.team(), (tx, gentime) -> TaskTarget.writable(tx, actor, id).compose(t -> {
      if (!TaskRights.canEdit(actor.status(), t.task(), actor.contact(), true)) {
        return Future.failedFuture(ServiceException.accessDenied("Only the task's owner can delete it"));
      }
      return new MemberRepository(tx).active(t.uid()).compose(members -> new ChatRepository(tx)
          .archive(t.uid(), gentime)
          .compose(archived -> ChatEvents.deleted(tx, actor.team(), archived, ChatEvents.contacts(members), gentime))
          .compose(events -> new ChatAccess(tx).resolve(actor, t.target().jid())
              .compose(now -> new ChatReads(tx).view(actor, now))
              .map(chat -> new Committed<>(chat, events))));
    }));
  }

  /** The description's links (mentions and web links), as stored with the task. */
  private static Future<JsonArray> links(SqlClient tx, Membership actor, String description) {
    return TextLinks.of(tx, actor.team(), description).map(list -> new JsonArray(Wire.toJson(list)));
  }

  private Future<Boolean> itemsChange(SqlClient tx, Membership actor, TaskTarget t, List<String> items,
      List<String> allowed, long gentime) {
    if (!allowed.contains(TaskRights.ITEMS)) {
      return new TaskItemRepository(tx).ofTasks(List.of(t.uid())).compose(current ->
          current.stream().map(i -> i.text()).toList().equals(items) ? Future.succeededFuture(false)
              : Future.failedFuture(ServiceException.accessDenied("You can't change items of this task")));
    }
    return ChecklistRows.replace(tx, actor.team(), t.uid(), items, gentime);
  }

  private static Future<Committed<Chat>> save(SqlClient tx, Membership actor, TaskTarget t, TaskState after,
      List<TaskState.Change> changes, long gentime) {
    TaskRepository tasks = new TaskRepository(tx);
    return tasks.saveChat(t.uid(), after.chat(), gentime).compose(chat -> tasks.save(after.task())
        .compose(v -> TaskMembers.sync(tx, chat, after.task(), gentime))
        .compose(removed -> ChatEvents.deleted(tx, actor.team(), chat, removed, gentime)
            .compose(gone -> TaskAnnouncements.changed(tx, actor.team(), t.uid(), actor.contact(), changes)
                .compose(posted -> removed.contains(actor.contact())
                    ? leftAnswer(tx, actor, t, after, posted)
                    : GroupWrites.answer(tx, actor, t.target().jid(), posted))
                .map(answer -> answer.then(gone)))));
  }

  /**
   * The answer when the actor took themselves out of the task's people (a team admin who observed it): the members
   * still get their events, the actor gets the task as someone outside it sees it now.
   */
  private static Future<Committed<Chat>> leftAnswer(SqlClient tx, Membership actor, TaskTarget t, TaskState after,
      List<org.tadaserver.bus.Delivery> posted) {
    return new MemberRepository(tx).active(t.uid())
        .compose(members -> ChatEvents.updated(tx, actor.team(), t.uid(), ChatEvents.contacts(members), false))
        .compose(events -> new ChatRepository(tx).get(t.uid()).compose(chat -> new MemberRepository(tx)
            .find(t.uid(), actor.contact())
            .compose(me -> new ChatReads(tx).renderTasks(actor,
                List.of(new TaskListing(chat, after.task(), me.orElse(null))))))
            .map(views -> new Committed<>(views.get(0), events).then(posted)));
  }
}

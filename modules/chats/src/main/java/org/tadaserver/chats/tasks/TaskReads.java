package org.tadaserver.chats.tasks;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.ChatPage;
import org.tadaserver.chats.TaskQuery;
import org.tadaserver.chats.access.ChatFailures;
import org.tadaserver.chats.groups.ChatReads;
import org.tadaserver.directory.Membership;
import org.tadaserver.directory.rules.Rights;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.JidPrefix;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.TaskCounters;
import org.tadaserver.protocol.model.TaskStatus;
import org.tadaserver.protocol.model.TaskTab;
import org.tadaserver.store.task.TaskListFilter;
import org.tadaserver.store.task.TaskRepository;
import org.tadaserver.store.task.TaskStatusRepository;

/** The read side of tasks: one task, the filtered task list, the board's tabs and the team's custom statuses. */
final class TaskReads {
  private static final String NONE = "-";
  private final SqlClient client;

  TaskReads(SqlClient client) {
    this.client = client;
  }

  Future<Chat> get(Membership actor, String id) {
    return ChatFailures.mapped(TaskTarget.resolve(client, actor, id)
        .compose(t -> new ChatReads(client).view(actor, t.target())));
  }

  Future<ChatPage> list(Membership actor, TaskQuery q) {
    TaskListFilter filter;
    try {
      filter = filter(actor, q);
    } catch (ServiceException e) {
      return Future.failedFuture(e);
    }
    return ChatFailures.mapped(new TaskRepository(client).list(filter).compose(page -> new ChatReads(client)
        .renderTasks(actor, page.items())
        .map(chats -> new ChatPage(chats, (int) page.total(), filter.limit(), filter.offset()))));
  }

  /** Every tab, with the actor's tasks that have unread messages under the tabs that show a counter. */
  Future<List<TaskTab>> tabs(Membership actor) {
    TaskListFilter unread = new TaskListFilter(actor.team(), actor.contact(), false, null, null, null, null, null,
        null, null, null, false, null, false, null, null, null, null, null, null, null, null, null, true, 0, true,
        TaskQuery.MAX_LIMIT, 0);
    return ChatFailures.mapped(new TaskRepository(client).list(unread).map(page -> {
      List<TaskTabs.Unread> rows = page.items().stream().map(l -> new TaskTabs.Unread(l.task(),
          new TaskCounters(Jid.task(l.task().chatUid()), l.member().numUnread(), l.member().numUnreadNotices())))
          .toList();
      return TaskTabs.board(rows, actor.contact(), Instant.now());
    }));
  }

  Future<List<TaskStatus>> statuses(Membership actor) {
    return ChatFailures.mapped(new TaskStatusRepository(client).ofTeam(actor.team()).map(rows -> rows.stream()
        .map(s -> new TaskStatus(s.uid().toString(), s.sortOrdering(), s.name(), s.title(), s.isArchive()))
        .toList()));
  }

  private static TaskListFilter filter(Membership actor, TaskQuery q) {
    List<UUID> sections = new ArrayList<>();
    boolean noSection = false;
    for (String s : q.sections()) {
      if (NONE.equals(s.strip())) {
        noSection = true;
      } else {
        sections.add(TaskRequests.section(s));
      }
    }
    List<String> tags = new ArrayList<>(q.tags());
    boolean noTag = tags.remove(NONE);
    int limit = q.limit() == 0 ? TaskQuery.DEFAULT_LIMIT : q.limit();
    if (limit > TaskQuery.MAX_LIMIT) {
      throw ServiceException.invalid("limit", "at most " + TaskQuery.MAX_LIMIT);
    }
    String sort = q.sort() == null ? "-last_message" : q.sort();
    boolean descending = sort.startsWith("-");
    TaskListFilter.Sort key = switch (descending ? sort.substring(1) : sort) {
      case "created" -> TaskListFilter.Sort.CREATED;
      case "last_message" -> TaskListFilter.Sort.LAST_MESSAGE;
      case "deadline" -> TaskListFilter.Sort.DEADLINE;
      default -> throw ServiceException.invalid("sort", "must be [-]created, [-]last_message or [-]deadline");
    };
    return new TaskListFilter(actor.team(), actor.contact(), Rights.canCreateShared(actor.status()), q.statuses(),
        q.excludeStatuses(), q.nums(), contacts("observer", q.observers()), contacts("member", q.members()),
        contacts("assignee", q.assignees()), contacts("owner", q.owners()), sections, noSection, tags, noTag, q.q(),
        q.isPublic(), q.deadlineGte(), q.deadlineLte(), q.doneGte(), q.doneLte(), q.createdGte(), q.createdLte(), key,
        descending, q.gentimeGt(), false, limit, q.offset());
  }

  private static List<UUID> contacts(String field, List<Jid> jids) {
    return jids.stream().map(j -> {
      if (j == null || j.prefix() != JidPrefix.CONTACT) {
        throw ServiceException.invalid(field, "not a contact JID: " + j);
      }
      return j.uuid();
    }).toList();
  }
}

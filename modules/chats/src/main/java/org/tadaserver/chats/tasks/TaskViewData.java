package org.tadaserver.chats.tasks;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tadaserver.store.chat.ChatRow;
import org.tadaserver.store.task.TaskItemRepository;
import org.tadaserver.store.task.TaskItemRow;
import org.tadaserver.store.task.TaskListing;
import org.tadaserver.store.task.TaskRepository;
import org.tadaserver.store.task.TaskRow;
import org.tadaserver.store.team.TeamRepository;
import org.tadaserver.store.team.TeamSettings;

/**
 * What rendering the task chats among a set of chats needs beyond the chat rows, in a fixed number of queries: their
 * task fields, checklists, the tasks their items link (subtasks), the tasks that link them (parents) and the team's
 * task settings.
 *
 * @param linked subtasks and parents, by chat uid
 * @param parents parent task uids per child task, by parent number
 * @param settings the team's options; null when there is no task among the chats
 */
public record TaskViewData(Map<UUID, TaskRow> tasks, Map<UUID, List<TaskItemRow>> items,
    Map<UUID, List<UUID>> parents, Map<UUID, TaskListing> linked, TeamSettings settings) {
  public static final TaskViewData NONE = new TaskViewData(Map.of(), Map.of(), Map.of(), Map.of(), null);

  /** Loads for the task chats among {@code chats} (of {@code team}); nothing when there is none. */
  public static Future<TaskViewData> load(SqlClient client, UUID team, Collection<ChatRow> chats) {
    List<UUID> uids = chats.stream().filter(ChatRow::isTask).map(ChatRow::uid).distinct().toList();
    if (uids.isEmpty()) {
      return Future.succeededFuture(NONE);
    }
    TaskItemRepository items = new TaskItemRepository(client);
    TaskRepository tasks = new TaskRepository(client);
    Future<TeamSettings> settings = new TeamRepository(client).get(team).map(t -> t.settings());
    return tasks.findAll(uids).compose(rows -> items.ofTasks(uids).compose(list -> items.parents(uids)
        .compose(links -> {
          Map<UUID, List<TaskItemRow>> byTask = new LinkedHashMap<>();
          Set<UUID> wanted = new HashSet<>();
          list.forEach(i -> {
            byTask.computeIfAbsent(i.taskUid(), k -> new ArrayList<>()).add(i);
            if (i.subtaskUid() != null) {
              wanted.add(i.subtaskUid());
            }
          });
          Map<UUID, List<UUID>> parents = new LinkedHashMap<>();
          links.forEach(l -> {
            parents.computeIfAbsent(l.child(), k -> new ArrayList<>()).add(l.parent());
            wanted.add(l.parent());
          });
          return tasks.summaries(List.copyOf(wanted)).compose(linked -> settings
              .map(s -> new TaskViewData(rows, byTask, parents, linked, s)));
        })));
  }

  public TaskRow task(UUID chat) {
    return tasks.get(chat);
  }

  public List<TaskItemRow> itemsOf(UUID chat) {
    return items.getOrDefault(chat, List.of());
  }
}

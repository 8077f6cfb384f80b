package org.tadaserver.chats.tasks;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.bus.Delivery;
import org.tadaserver.chats.groups.Joins;
import org.tadaserver.chats.messages.SystemChange;
import org.tadaserver.chats.messages.SystemMessages;
import org.tadaserver.protocol.enums.Mediasubtype;

/**
 * The {@code change} messages of a task (reference §3.5): its first message ({@code subtype:"newtask"}) and one per
 * changed field, each with the {@code actor}, the readable {@code title} and the {@code old}/{@code new} values
 * (people by display name). Posted inside the writing transaction; the deliveries go out after its commit.
 */
final class TaskAnnouncements {
  private static final Map<String, String> TITLES = Map.ofEntries(
      Map.entry(TaskRights.DESCRIPTION, "Description changed"),
      Map.entry(TaskRights.PUBLIC, "Visibility changed"),
      Map.entry(TaskRights.SECTION, "Project changed"),
      Map.entry(TaskRights.ASSIGNEE, "Assignee changed"),
      Map.entry(TaskRights.OBSERVERS, "Observers changed"),
      Map.entry(TaskRights.TASK_STATUS, "Status changed"),
      Map.entry(TaskRights.DEADLINE, "Deadline changed"),
      Map.entry(TaskRights.TAGS, "Tags changed"),
      Map.entry(TaskRights.IMPORTANCE, "Importance changed"),
      Map.entry(TaskRights.URGENCY, "Urgency changed"),
      Map.entry(TaskRights.COMPLEXITY, "Complexity changed"),
      Map.entry(TaskRights.SPENT_TIME, "Spent time changed"),
      Map.entry(TaskRights.COLOR, "Colour changed"),
      Map.entry(TaskRights.ITEMS, "Checklist changed"));

  private TaskAnnouncements() {}

  /** The readable title of a change of {@code field}. */
  static String title(String field) {
    return TITLES.getOrDefault(field, "Task changed");
  }

  /** The task's first message: "Created task for <assignee>: <title>" (or without an assignee). */
  static Future<List<Delivery>> created(SqlClient tx, UUID team, UUID task, UUID actor, UUID assignee,
      String taskTitle) {
    Future<String> name = assignee == null ? Future.succeededFuture(null)
        : Joins.names(tx, team, List.of(assignee)).map(n -> n.get(assignee));
    return name.compose(n -> post(tx, team, new SystemChange(task, actor,
        n == null ? "Created task: " + taskTitle : "Created task for " + n + ": " + taskTitle, null, taskTitle,
        Mediasubtype.NEWTASK)));
  }

  /** One message per change, in order. */
  static Future<List<Delivery>> changed(SqlClient tx, UUID team, UUID task, UUID actor,
      List<TaskState.Change> changes) {
    List<UUID> people = new ArrayList<>();
    for (TaskState.Change c : changes) {
      if (c.field().equals(TaskRights.ASSIGNEE) || c.field().equals(TaskRights.OBSERVERS)) {
        people.addAll(uuids(c.oldValue()));
        people.addAll(uuids(c.newValue()));
      }
    }
    Future<Map<UUID, String>> names = people.isEmpty() ? Future.succeededFuture(Map.of())
        : Joins.names(tx, team, people);
    return names.compose(n -> {
      Future<List<Delivery>> chain = Future.succeededFuture(new ArrayList<>());
      for (TaskState.Change c : changes) {
        SystemChange message = new SystemChange(task, actor, title(c.field()), named(c, c.oldValue(), n),
            named(c, c.newValue(), n));
        chain = chain.compose(all -> post(tx, team, message).map(more -> {
          all.addAll(more);
          return all;
        }));
      }
      return chain;
    });
  }

  private static Future<List<Delivery>> post(SqlClient tx, UUID team, SystemChange change) {
    return SystemMessages.post(tx, team, change).map(SystemMessages.Posted::deliveries);
  }

  private static String named(TaskState.Change c, String value, Map<UUID, String> names) {
    if (value == null || !(c.field().equals(TaskRights.ASSIGNEE) || c.field().equals(TaskRights.OBSERVERS))) {
      return value;
    }
    return String.join(", ", uuids(value).stream().map(u -> names.getOrDefault(u, u.toString())).toList());
  }

  private static List<UUID> uuids(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    List<UUID> out = new ArrayList<>();
    for (String part : value.split(", ")) {
      out.add(UUID.fromString(part));
    }
    return out;
  }
}

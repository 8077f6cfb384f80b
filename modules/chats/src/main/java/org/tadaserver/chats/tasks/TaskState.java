package org.tadaserver.chats.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.tadaserver.store.task.TaskChat;
import org.tadaserver.store.task.TaskRow;

/**
 * A task's shared state: the fields in its chat row and its task row. {@link #apply} gives the state after an edit and
 * {@link #changes} what differs, field by field, for the rights check and the change messages.
 */
record TaskState(TaskChat chat, TaskRow task) {

  /** One changed field: its {@code changeable_fields} key and the values before and after, as text. */
  record Change(String field, String oldValue, String newValue) {}

  /**
   * The state after {@code e}. Closing ({@code done}) stamps {@code done}; reopening clears it and the done reason.
   * Observers never include the owner or the assignee (they are members anyway).
   */
  TaskState apply(TaskEdit e, String newTitle, Instant now) {
    TaskChat c = new TaskChat(e.description() == null ? chat.title() : newTitle,
        e.description() == null ? chat.description() : e.description(),
        e.isPublic() == null ? chat.isPublic() : e.isPublic(),
        e.section() == null ? chat.sectionUid() : e.section());
    UUID assignee = e.assignee() == null ? task.assignee() : e.assignee();
    List<UUID> observers = new ArrayList<>(e.observers() == null ? task.observers() : e.observers());
    observers.remove(task.owner());
    observers.remove(assignee);
    String status = e.taskStatus() == null ? task.taskStatus() : e.taskStatus();
    boolean done = TaskRow.DONE.equals(status);
    Instant doneAt = done ? (task.isDone() ? task.done() : now) : null;
    TaskRow t = new TaskRow(task.chatUid(), task.teamUid(), task.num(), task.owner(), assignee, observers, status,
        doneAt, done ? task.doneReason() : "", e.setDeadline() ? e.deadline() : task.deadline(),
        e.tags() == null ? task.tags() : e.tags(), or(e.importance(), task.importance()),
        or(e.urgency(), task.urgency()), or(e.complexity(), task.complexity()), or(e.spentTime(), task.spentTime()),
        or(e.colorIndex(), task.colorIndex()), task.links());
    return new TaskState(c, t);
  }

  /** The same state with the description's links (made by the writer when the description is written). */
  TaskState withLinks(io.vertx.core.json.JsonArray links) {
    return new TaskState(chat, task.withLinks(links));
  }

  /** The fields that differ from {@code before} to this state, in a fixed order. */
  List<Change> changes(TaskState before) {
    List<Change> out = new ArrayList<>();
    TaskChat a = before.chat;
    TaskRow x = before.task;
    diff(out, TaskRights.DESCRIPTION, a.description(), chat.description());
    diff(out, TaskRights.PUBLIC, a.isPublic(), chat.isPublic());
    diff(out, TaskRights.SECTION, a.sectionUid(), chat.sectionUid());
    diff(out, TaskRights.ASSIGNEE, x.assignee(), task.assignee());
    diff(out, TaskRights.OBSERVERS, x.observers(), task.observers());
    diff(out, TaskRights.TASK_STATUS, x.taskStatus(), task.taskStatus());
    diff(out, TaskRights.DEADLINE, x.deadline(), task.deadline());
    diff(out, TaskRights.TAGS, x.tags(), task.tags());
    diff(out, TaskRights.IMPORTANCE, x.importance(), task.importance());
    diff(out, TaskRights.URGENCY, x.urgency(), task.urgency());
    diff(out, TaskRights.COMPLEXITY, x.complexity(), task.complexity());
    diff(out, TaskRights.SPENT_TIME, x.spentTime(), task.spentTime());
    diff(out, TaskRights.COLOR, x.colorIndex(), task.colorIndex());
    return out;
  }

  private static void diff(List<Change> out, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      out.add(new Change(field, text(before), text(after)));
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof List<?> list) {
      return String.join(", ", list.stream().map(String::valueOf).toList());
    }
    return value.toString();
  }

  private static Integer or(Integer value, Integer current) {
    return value == null ? current : value;
  }
}

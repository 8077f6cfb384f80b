package org.tadaserver.chats.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tadaserver.protocol.model.TaskCounters;
import org.tadaserver.protocol.model.TaskFilter;
import org.tadaserver.protocol.model.TaskSort;
import org.tadaserver.protocol.model.TaskTab;
import org.tadaserver.store.task.TaskRow;

/**
 * The task board's tabs, as the real server described them ({@code task_tabs} of the {@code server.roster} example in
 * websocket-api.md), and which tabs a task falls under for one viewer ({@code Chat.tabs}):
 * <ul>
 *   <li>{@code active}: open tasks the viewer is in; {@code expired}: those past their deadline;</li>
 *   <li>{@code in}: open tasks assigned to the viewer; {@code out}: open tasks the viewer set for someone else (or
 *       for nobody yet); {@code copy}: open tasks the viewer only observes;</li>
 *   <li>{@code done}: closed tasks the viewer is in.</li>
 * </ul>
 */
public final class TaskTabs {
  public static final String ACTIVE = "active";
  public static final String EXPIRED = "expired";
  public static final String IN = "in";
  public static final String OUT = "out";
  public static final String COPY = "copy";
  public static final String DONE = "done";

  private static final TaskFilter ASSIGNEE = new TaskFilter("assignee", "Исполнитель");
  private static final TaskFilter OWNER = new TaskFilter("owner", "Постановщик");
  private static final TaskFilter SECTION = new TaskFilter("section", "Проект");
  private static final TaskFilter TAG = new TaskFilter("tag", "Тэг");
  private static final TaskSort ACTIVITY = new TaskSort("activity", "Активность");
  private static final TaskSort DEADLINE = new TaskSort("deadline", "Крайний срок");
  private static final TaskSort NEWEST = new TaskSort("new", "Новые");
  private static final TaskSort OLDEST = new TaskSort("old", "Старые");
  private static final TaskSort DONE_AT = new TaskSort("done", "Дата завершения");

  /** A tab without its counters. */
  private record Def(String key, String title, boolean hideEmpty, boolean showCounter, boolean pagination,
      List<TaskFilter> filters, List<TaskSort> sort) {}

  private static final List<Def> TABS = List.of(
      new Def(ACTIVE, "Все", false, true, false, List.of(ASSIGNEE, OWNER, SECTION, TAG),
          List.of(ACTIVITY, DEADLINE, NEWEST, OLDEST)),
      new Def(EXPIRED, "Истёк срок", true, true, false, List.of(ASSIGNEE, OWNER, SECTION, TAG),
          List.of(DEADLINE, NEWEST, OLDEST)),
      new Def(IN, "Входящие", false, true, false, List.of(OWNER, SECTION, TAG),
          List.of(ACTIVITY, DEADLINE, NEWEST, OLDEST)),
      new Def(OUT, "Исходящие", false, true, false, List.of(ASSIGNEE, SECTION, TAG),
          List.of(ACTIVITY, DEADLINE, NEWEST, OLDEST)),
      new Def(COPY, "Наблюдаю", true, true, false, List.of(ASSIGNEE, OWNER, SECTION, TAG),
          List.of(ACTIVITY, DEADLINE, NEWEST, OLDEST)),
      new Def(DONE, "Готово", true, false, true, List.of(ASSIGNEE, OWNER, SECTION, TAG),
          List.of(DONE_AT, NEWEST, OLDEST)));

  /** One task with unread messages for the viewer. */
  public record Unread(TaskRow task, TaskCounters counters) {}

  private TaskTabs() {}

  /** The tabs a task falls under for a member {@code viewer} at {@code now}, in board order. */
  public static List<String> keys(TaskRow task, UUID viewer, Instant now) {
    if (task.isDone()) {
      return List.of(DONE);
    }
    List<String> out = new ArrayList<>();
    out.add(ACTIVE);
    if (task.deadlineExpired(now)) {
      out.add(EXPIRED);
    }
    boolean assignee = viewer.equals(task.assignee());
    boolean owner = viewer.equals(task.owner());
    if (assignee) {
      out.add(IN);
    }
    if (owner && !assignee) {
      out.add(OUT);
    }
    if (!owner && !assignee && task.observers().contains(viewer)) {
      out.add(COPY);
    }
    return out;
  }

  /** The board for {@code viewer}: every tab, with its unread tasks when it shows a counter. */
  public static List<TaskTab> board(List<Unread> unread, UUID viewer, Instant now) {
    List<TaskTab> out = new ArrayList<>();
    for (Def d : TABS) {
      List<TaskCounters> counters = !d.showCounter() ? List.of() : unread.stream()
          .filter(u -> keys(u.task(), viewer, now).contains(d.key()))
          .map(Unread::counters)
          .toList();
      out.add(new TaskTab(d.key(), d.title(), d.hideEmpty(), d.showCounter(), d.pagination(), d.filters(), d.sort(),
          counters));
    }
    return out;
  }
}

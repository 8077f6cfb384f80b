package org.tadaserver.chats.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tadaserver.directory.rules.Rights;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.store.task.TaskRow;
import org.tadaserver.store.team.TeamSettings;

/**
 * Who may change what in a task (reference §3.5). Its owner and team admins who are members change every field
 * (the optional numeric fields only where the team enables them; making a task public needs a non-guest); the
 * assignee moves it along: status, done reason, spent time and checking items. Observers and non-members change
 * nothing shared. The same rules give the viewer's {@code changeable_fields} and items' {@code can_toggle/can_change}.
 */
public final class TaskRights {
  public static final String ASSIGNEE = "assignee";
  public static final String COLOR = "custom_color_index";
  public static final String COMPLEXITY = "complexity";
  public static final String DEADLINE = "deadline";
  public static final String DESCRIPTION = "description";
  public static final String DONE_REASON = "done_reason";
  public static final String IMPORTANCE = "importance";
  public static final String ITEMS = "items";
  public static final String OBSERVERS = "observers";
  public static final String PUBLIC = "public";
  public static final String SECTION = "section";
  public static final String SPENT_TIME = "spent_time";
  public static final String TAGS = "tags";
  public static final String TASK_STATUS = "task_status";
  public static final String URGENCY = "urgency";
  static final List<String> PERSONAL = List.of("collapsed", "counters_enabled", "hidden", "notifications_enabled",
      "pinned", "pinned_sort_ordering");

  private TaskRights() {}

  /** Whether the viewer edits the task as its owner would: its owner, or a team admin, while a member. */
  public static boolean canEdit(TeamStatus status, TaskRow task, UUID viewer, boolean member) {
    return member && (task.owner().equals(viewer) || Rights.isAdmin(status));
  }

  /** Whether the viewer may check and uncheck items and move the status: editors and the assignee. */
  public static boolean canProgress(TeamStatus status, TaskRow task, UUID viewer, boolean member) {
    return canEdit(status, task, viewer, member) || member && viewer.equals(task.assignee());
  }

  /** The task keys the viewer may change (sorted), without the personal ones. */
  public static List<String> shared(TeamStatus status, TaskRow task, UUID viewer, boolean member,
      TeamSettings settings) {
    List<String> out = new ArrayList<>();
    if (canEdit(status, task, viewer, member)) {
      out.addAll(List.of(ASSIGNEE, COLOR, DEADLINE, DESCRIPTION, DONE_REASON, ITEMS, OBSERVERS, SECTION, TAGS,
          TASK_STATUS));
      if (Rights.canCreateShared(status)) {
        out.add(PUBLIC);
      }
      optional(out, settings);
    } else if (canProgress(status, task, viewer, member)) {
      out.addAll(List.of(DONE_REASON, TASK_STATUS));
      if (settings != null && settings.useTaskSpentTime()) {
        out.add(SPENT_TIME);
      }
    }
    out.sort(String::compareTo);
    return out;
  }

  /** Everything the viewer may change: personal keys for members, plus {@link #shared}. */
  public static List<String> changeable(TeamStatus status, TaskRow task, UUID viewer, boolean member,
      TeamSettings settings) {
    if (!member) {
      return List.of();
    }
    List<String> out = new ArrayList<>(PERSONAL);
    out.addAll(shared(status, task, viewer, member, settings));
    out.sort(String::compareTo);
    return out;
  }

  private static void optional(List<String> out, TeamSettings settings) {
    if (settings == null) {
      return;
    }
    if (settings.useTaskImportance()) {
      out.add(IMPORTANCE);
    }
    if (settings.useTaskUrgency()) {
      out.add(URGENCY);
    }
    if (settings.useTaskComplexity()) {
      out.add(COMPLEXITY);
    }
    if (settings.useTaskSpentTime()) {
      out.add(SPENT_TIME);
    }
  }
}

package org.tadaserver.store.task;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Which tasks of a team {@link TaskRepository#list} returns to a viewer, and in which order (reference §2.3
 * TaskFilter). Visible: tasks the viewer is a member of, and public ones when {@code seesPublic} (not for guests).
 * Without {@code gentimeGt} only live tasks; with it every visible task whose version for the viewer is newer
 * (archived and left ones included, for delta sync), newest version first. Empty lists and nulls do not filter.
 *
 * @param statuses task_status values to keep; {@code excludeStatuses} to drop
 * @param members tasks where one of these contacts is a current member
 * @param sections project uids; {@code noSection} also (or only, with no uids) tasks without a project
 * @param tags tasks with one of these tags; {@code noTag} also (or only) tasks without tags
 * @param q case-insensitive substring of the title or description, or the task's number ("12" or "#12")
 * @param unreadOnly only tasks with unread messages for the viewer
 */
public record TaskListFilter(
    UUID team, UUID viewer, boolean seesPublic, List<String> statuses, List<String> excludeStatuses, List<Integer> nums,
    List<UUID> observers, List<UUID> members, List<UUID> assignees, List<UUID> owners, List<UUID> sections,
    boolean noSection, List<String> tags, boolean noTag, String q, Boolean isPublic, Instant deadlineGte,
    Instant deadlineLte, Instant doneGte, Instant doneLte, Instant createdGte, Instant createdLte, Sort sort,
    boolean descending, long gentimeGt, boolean unreadOnly, int limit, int offset) {

  /** Orders of the plain list; delta sync ignores it. */
  public enum Sort {
    CREATED,
    /** The last message's time, or the creation time of a task without messages. */
    LAST_MESSAGE,
    /** By deadline; tasks without one come last either way. */
    DEADLINE
  }

  public TaskListFilter {
    statuses = copy(statuses);
    excludeStatuses = copy(excludeStatuses);
    nums = copy(nums);
    observers = copy(observers);
    members = copy(members);
    assignees = copy(assignees);
    owners = copy(owners);
    sections = copy(sections);
    tags = copy(tags);
    q = q == null || q.isBlank() ? null : q.strip();
    sort = sort == null ? Sort.LAST_MESSAGE : sort;
    if (limit < 1 || offset < 0) {
      throw new IllegalArgumentException("limit must be positive and offset not negative");
    }
  }

  /** Every live task the viewer sees, most recently active first. */
  public static TaskListFilter visible(UUID team, UUID viewer, boolean seesPublic, int limit, int offset) {
    return new TaskListFilter(team, viewer, seesPublic, null, null, null, null, null, null, null, null, false, null,
        false, null, null, null, null, null, null, null, null, Sort.LAST_MESSAGE, true, 0, false, limit, offset);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}

package org.tadaserver.chats;

import java.time.Instant;
import java.util.List;
import org.tadaserver.protocol.Jid;

/**
 * The TaskFilter query of {@code GET /api/v4/teams/{team}/tasks} (reference §2.3), parsed by the gateway. Empty lists,
 * nulls and zeros mean "not set".
 *
 * @param statuses task_status values ({@code any} = empty); {@code excludeStatuses} to leave out
 * @param nums task numbers
 * @param observers tasks one of these contacts observes (also {@code members}, {@code assignees}, {@code owners})
 * @param sections project uids (or {@code st-} JIDs); {@code "-"} = tasks without a project
 * @param tags tag names; {@code "-"} = tasks without tags
 * @param q substring of the title or description, or a task number ("12", "#12")
 * @param sort {@code [-]created}, {@code [-]last_message}, {@code [-]deadline}; null = last activity, newest first
 * @param gentimeGt only tasks changed after this version, archived and left ones included (delta sync)
 * @param limit page size; 0 = {@link #DEFAULT_LIMIT}
 */
public record TaskQuery(
    List<String> statuses, List<String> excludeStatuses, List<Integer> nums, List<Jid> observers, List<Jid> members,
    List<Jid> assignees, List<Jid> owners, List<String> sections, List<String> tags, String q, Boolean isPublic,
    Instant deadlineGte, Instant deadlineLte, Instant doneGte, Instant doneLte, Instant createdGte,
    Instant createdLte, String sort, long gentimeGt, int limit, int offset) {
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 1000;
  /** Every live task the viewer sees. */
  public static final TaskQuery ALL = new TaskQuery(null, null, null, null, null, null, null, null, null, null, null,
      null, null, null, null, null, null, null, 0, 0, 0);

  public TaskQuery {
    statuses = copy(statuses);
    excludeStatuses = copy(excludeStatuses);
    nums = copy(nums);
    observers = copy(observers);
    members = copy(members);
    assignees = copy(assignees);
    owners = copy(owners);
    sections = copy(sections);
    tags = copy(tags);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}

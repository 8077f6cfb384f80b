package org.tadaserver.store.task;

import io.vertx.core.json.JsonArray;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code tasks}: the task fields of a task chat (its title, description, {@code public} and project live in
 * the chat row).
 *
 * @param num the task's number in its team, from 1
 * @param assignee the contact doing it, or null
 * @param observers followers, without owner and assignee, in the order given
 * @param taskStatus {@code new}, {@code done} or a custom status name of the team
 * @param done when it was closed; null unless {@code taskStatus} is {@code done}
 * @param importance null when not set (also urgency, complexity, spentTime, colorIndex)
 * @param links the description's links (MessageLink objects as on the wire), made when it was written
 */
public record TaskRow(
    UUID chatUid, UUID teamUid, int num, UUID owner, UUID assignee, List<UUID> observers, String taskStatus,
    Instant done, String doneReason, Instant deadline, List<String> tags, Integer importance, Integer urgency,
    Integer complexity, Integer spentTime, Integer colorIndex, JsonArray links) {
  public static final String NEW = "new";
  public static final String DONE = "done";

  public TaskRow {
    observers = List.copyOf(observers);
    tags = List.copyOf(tags);
    doneReason = doneReason == null ? "" : doneReason;
    links = links == null ? new JsonArray() : links;
  }

  public TaskRow withLinks(JsonArray value) {
    return new TaskRow(chatUid, teamUid, num, owner, assignee, observers, taskStatus, done, doneReason, deadline, tags,
        importance, urgency, complexity, spentTime, colorIndex, value);
  }

  public boolean isDone() {
    return DONE.equals(taskStatus);
  }

  /** Whether the deadline has passed at {@code now} while the task is still open. */
  public boolean deadlineExpired(Instant now) {
    return deadline != null && !isDone() && deadline.isBefore(now);
  }

  /** Owner, assignee and observers, each once: the people the task chat has as members. */
  public List<UUID> people() {
    java.util.LinkedHashSet<UUID> all = new java.util.LinkedHashSet<>();
    all.add(owner);
    if (assignee != null) {
      all.add(assignee);
    }
    all.addAll(observers);
    return List.copyOf(all);
  }
}

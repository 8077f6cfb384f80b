package org.tadaserver.chats.tasks;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.JidPrefix;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.rest.TaskRequest;

/**
 * Checks the form of {@code tdapi.Task} bodies and turns them into {@link TaskEdit}s. Every failure is
 * {@code INVALID_DATA} naming the field. {@code remind_at} and {@code uploads} are not read here (reminds and uploads
 * are other capabilities); {@code linked_messages} counts only on create.
 */
final class TaskRequests {
  static final int MAX_TAGS = 50;
  static final int MAX_OBSERVERS = 200;
  static final int MAX_ITEMS = 200;
  static final int MAX_COLOR = 65_535;
  private static final Pattern STATUS = Pattern.compile("[a-z0-9_-]{1,64}");

  private final Limits limits;

  TaskRequests(Limits limits) {
    this.limits = limits;
  }

  /** A new task's body: a description with a non-blank first line is required. */
  TaskEdit create(TaskRequest r) {
    if (r.description() == null || title(r.description()).isEmpty()) {
      throw ServiceException.invalid("description", "required: the first line is the task's title");
    }
    return edit(r);
  }

  /** A change's body: only the fields present; a description, when present, must still give a title. */
  TaskEdit change(TaskRequest r) {
    if (r.description() != null && title(r.description()).isEmpty()) {
      throw ServiceException.invalid("description", "must not be empty: the first line is the task's title");
    }
    return edit(r);
  }

  /** The title a description gives: its first non-blank line, stripped, cut to {@code max_task_title_length}. */
  String title(String description) {
    for (String line : description.split("\\R")) {
      String t = line.strip();
      if (!t.isEmpty()) {
        return t.codePointCount(0, t.length()) <= limits.maxTaskTitleLength() ? t
            : t.substring(0, t.offsetByCodePoints(0, limits.maxTaskTitleLength()));
      }
    }
    return "";
  }

  private TaskEdit edit(TaskRequest r) {
    String description = r.description() == null ? null : r.description().strip();
    if (description != null && description.length() > limits.maxMessageLength()) {
      throw ServiceException.invalid("description", "longer than " + limits.maxMessageLength() + " characters");
    }
    boolean setDeadline = r.deadline() != null;
    return new TaskEdit(description, contact("assignee", r.assignee()), setDeadline, deadline(r.deadline()),
        r.isPublic(), tags(r.tags()), section(r.section()), observers(r.observers()), items(r.items()),
        status(r.taskStatus()), unset(r.importance()), unset(r.urgency()), unset(r.complexity()),
        notNegative("spent_time", r.spentTime()),
        color(r.customColorIndex()), linked(r.linkedMessages()));
  }

  private List<UUID> linked(List<String> ids) {
    if (ids == null) {
      return List.of();
    }
    if (ids.size() > limits.maxLinkedMessages()) {
      throw ServiceException.invalid("linked_messages", "at most " + limits.maxLinkedMessages() + " messages");
    }
    LinkedHashSet<UUID> out = new LinkedHashSet<>();
    for (String id : ids) {
      try {
        out.add(UUID.fromString(id));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw ServiceException.invalid("linked_messages", "not a message id: " + id);
      }
    }
    return List.copyOf(out);
  }

  private static UUID contact(String field, Jid jid) {
    if (jid == null) {
      return null;
    }
    if (jid.prefix() != JidPrefix.CONTACT) {
      throw ServiceException.invalid(field, "not a contact JID: " + jid);
    }
    return jid.uuid();
  }

  private static Instant deadline(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(raw.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw ServiceException.invalid("deadline", "not an ISO date-time: " + raw);
    }
  }

  private List<String> tags(List<String> raw) {
    if (raw == null) {
      return null;
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String tag : raw) {
      String t = tag == null ? "" : tag.strip();
      if (t.isEmpty() || t.length() > limits.maxTagLength()) {
        throw ServiceException.invalid("tags", "a tag must have 1 to " + limits.maxTagLength() + " characters");
      }
      out.add(t);
    }
    if (out.size() > MAX_TAGS) {
      throw ServiceException.invalid("tags", "at most " + MAX_TAGS + " tags");
    }
    return List.copyOf(out);
  }

  /** A task project as a bare uuid or an {@code st-} JID. */
  static UUID section(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String value = raw.strip();
    try {
      return UUID.fromString(value.startsWith("st-") ? value.substring(3) : value);
    } catch (IllegalArgumentException e) {
      throw ServiceException.invalid("section", "not a task project id: " + value);
    }
  }

  private static List<UUID> observers(List<Jid> raw) {
    if (raw == null) {
      return null;
    }
    LinkedHashSet<UUID> out = new LinkedHashSet<>();
    for (Jid jid : raw) {
      if (jid == null) {
        throw ServiceException.invalid("observers", "must not contain null");
      }
      out.add(contact("observers", jid));
    }
    if (out.size() > MAX_OBSERVERS) {
      throw ServiceException.invalid("observers", "at most " + MAX_OBSERVERS + " observers");
    }
    return List.copyOf(out);
  }

  private List<String> items(List<String> raw) {
    if (raw == null) {
      return null;
    }
    if (raw.size() > MAX_ITEMS) {
      throw ServiceException.invalid("items", "at most " + MAX_ITEMS + " items");
    }
    List<String> out = new ArrayList<>();
    for (String item : raw) {
      out.add(itemText("items", item));
    }
    return out;
  }

  /** A checklist item's text: 1 to {@code max_message_length} characters after stripping. */
  String itemText(String field, String raw) {
    String t = raw == null ? "" : raw.strip();
    if (t.isEmpty() || t.length() > limits.maxMessageLength()) {
      throw ServiceException.invalid(field, "an item must have 1 to " + limits.maxMessageLength() + " characters");
    }
    return t;
  }

  private static String status(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip();
    if (!STATUS.matcher(s).matches()) {
      throw ServiceException.invalid("task_status", "not a task status: " + s);
    }
    return s;
  }

  /** 0 is Go's zero value of an unset int: no importance, urgency or complexity. */
  private static Integer unset(Integer value) {
    return value == null || value == 0 ? null : value;
  }

  private static Integer notNegative(String field, Integer value) {
    if (value != null && value < 0) {
      throw ServiceException.invalid(field, "must not be negative");
    }
    return value;
  }

  private static Integer color(Integer value) {
    if (value != null && (value < 0 || value > MAX_COLOR)) {
      throw ServiceException.invalid("custom_color_index", "must be 0 to " + MAX_COLOR);
    }
    return value;
  }
}

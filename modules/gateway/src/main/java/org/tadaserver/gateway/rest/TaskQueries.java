package org.tadaserver.gateway.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tadaserver.chats.TaskQuery;
import org.tadaserver.protocol.Jid;

/**
 * The {@code TaskFilter} query of {@code GET /api/v4/teams/{team}/tasks} (reference §2.3): {@code task_status}
 * (comma list or {@code any}), {@code exclude_task_status}, {@code num}, {@code observer}, {@code member},
 * {@code assignee}, {@code owner} (contact JID lists), {@code section} (project uids, {@code -} = none), {@code tag}
 * ({@code -} = none), {@code q}, {@code public}, {@code deadline_gte/lte}, {@code done_gte/lte},
 * {@code created_gte/lte} (ISO), {@code sort}, {@code gentime_gt}, {@code limit}, {@code offset}. {@code short},
 * {@code contact_section}, {@code lang} and {@code timezone} change nothing here. Malformed values are
 * {@code 422 INVALID_DATA} naming every bad key; the task service checks the rest (sort keys, project ids, limits).
 */
final class TaskQueries {
  static final Set<String> SORTS = Set.of("created", "-created", "last_message", "-last_message", "deadline",
      "-deadline");

  private TaskQueries() {}

  static TaskQuery filter(Queries query) {
    List<String> statuses = statuses(query, "task_status");
    List<String> excluded = statuses(query, "exclude_task_status");
    List<Integer> nums = nums(query);
    List<Jid> observers = contacts(query, "observer");
    List<Jid> members = contacts(query, "member");
    List<Jid> assignees = contacts(query, "assignee");
    List<Jid> owners = contacts(query, "owner");
    String sort = query.text("sort");
    if (sort != null && !SORTS.contains(sort)) {
      query.problem("sort", "must be one of " + String.join(", ", SORTS.stream().sorted().toList()));
    }
    TaskQuery q = new TaskQuery(statuses, excluded, nums, observers, members, assignees, owners,
        query.list("section"), query.list("tag"), query.text("q"), query.flag("public"),
        time(query, "deadline_gte"), time(query, "deadline_lte"), time(query, "done_gte"), time(query, "done_lte"),
        time(query, "created_gte"), time(query, "created_lte"), sort, ChatQuery.version(query, "gentime_gt"),
        query.count("limit"), query.count("offset"));
    query.check();
    return q;
  }

  private static List<String> statuses(Queries query, String name) {
    List<String> out = new ArrayList<>();
    for (String item : query.list(name)) {
      String s = item.toLowerCase(Locale.ROOT);
      if (s.equals("any")) {
        return List.of();
      }
      out.add(s);
    }
    return out;
  }

  private static List<Integer> nums(Queries query) {
    List<Integer> out = new ArrayList<>();
    for (String item : query.list("num")) {
      try {
        int n = Integer.parseInt(item.startsWith("#") ? item.substring(1) : item);
        if (n > 0) {
          out.add(n);
          continue;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      query.problem("num", "not a task number: " + item);
    }
    return out;
  }

  private static List<Jid> contacts(Queries query, String name) {
    List<Jid> out = new ArrayList<>();
    for (String item : query.list(name)) {
      try {
        Jid jid = Jid.parse(item.toLowerCase(Locale.ROOT));
        if (jid.isContact()) {
          out.add(jid);
          continue;
        }
      } catch (IllegalArgumentException e) {
        // reported below
      }
      query.problem(name, "not a contact JID: " + item);
    }
    return out;
  }

  private static Instant time(Queries query, String name) {
    String value = query.text(name);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.trim()).toInstant();
    } catch (DateTimeParseException e) {
      query.problem(name, "not an ISO date-time: " + value);
      return null;
    }
  }
}

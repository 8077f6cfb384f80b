package org.tadaserver.store.task;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tadaserver.store.chat.ChatColumns;

/** Builds the SQL of one {@link TaskListFilter}: the page and the count statements share the conditions. */
final class TaskListQuery {
  private static final String FROM = " FROM chats c JOIN tasks t ON t.chat_uid = c.uid"
      + " LEFT JOIN chat_members m ON m.chat_uid = c.uid AND m.contact_uid = $2"
      + " LEFT JOIN contacts k ON k.uid = m.contact_uid";
  private static final String VERSION = "GREATEST(c.base_gentime, COALESCE(m.gentime, 0))";

  private final TaskListFilter f;
  private final List<Object> params = new ArrayList<>();
  private final String where;

  TaskListQuery(TaskListFilter filter) {
    this.f = filter;
    this.where = where();
  }

  String pageSql() {
    return "SELECT " + ChatColumns.CHAT + ", " + ChatColumns.MEMBER + ", " + TaskColumns.TASK + FROM + where
        + " ORDER BY " + order() + " LIMIT $" + (params.size() + 1) + " OFFSET $" + (params.size() + 2);
  }

  String countSql() {
    return "SELECT count(*) AS total" + FROM + where;
  }

  /** The parameters of {@link #countSql}. */
  Tuple params() {
    return Tuple.from(params);
  }

  /** The parameters of {@link #pageSql}: those of the count, then the limit and the offset. */
  Tuple pageParams() {
    List<Object> page = new ArrayList<>(params);
    page.add(f.limit());
    page.add(f.offset());
    return Tuple.from(page);
  }

  static TaskListing listing(Row r) {
    return new TaskListing(ChatColumns.chat(r), TaskColumns.task(r),
        r.getUUID("m_chat_uid") == null ? null : ChatColumns.member(r));
  }

  private String where() {
    StringBuilder sql = new StringBuilder(" WHERE c.team_uid = ").append(param(f.team()));
    param(f.viewer());   // $2, used by FROM
    String open = "c.is_public AND " + param(f.seesPublic());
    if (f.gentimeGt() > 0) {
      sql.append(" AND (m.contact_uid IS NOT NULL OR ").append(open).append(')')
          .append(" AND ").append(VERSION).append(" > ").append(param(f.gentimeGt()));
    } else {
      sql.append(" AND NOT c.is_archive AND (m.is_member OR ").append(open).append(')');
    }
    anyOf(sql, "t.task_status", f.statuses(), "text");
    if (!f.excludeStatuses().isEmpty()) {
      sql.append(" AND NOT t.task_status = ANY(").append(param(f.excludeStatuses().toArray(String[]::new)))
          .append("::text[])");
    }
    anyOf(sql, "t.num", f.nums(), "int");
    anyOf(sql, "t.assignee", f.assignees(), "uuid");
    anyOf(sql, "t.owner", f.owners(), "uuid");
    if (!f.observers().isEmpty()) {
      sql.append(" AND t.observers && ").append(param(f.observers().toArray(UUID[]::new))).append("::uuid[]");
    }
    if (!f.members().isEmpty()) {
      sql.append(" AND EXISTS (SELECT 1 FROM chat_members x WHERE x.chat_uid = c.uid AND x.is_member"
          + " AND x.contact_uid = ANY(").append(param(f.members().toArray(UUID[]::new))).append("::uuid[]))");
    }
    orNone(sql, "c.section_uid = ANY(", f.sections().isEmpty() ? null : f.sections().toArray(UUID[]::new),
        "::uuid[])", f.noSection(), "c.section_uid IS NULL");
    orNone(sql, "t.tags && ", f.tags().isEmpty() ? null : f.tags().toArray(String[]::new), "::text[]", f.noTag(),
        "cardinality(t.tags) = 0");
    if (f.q() != null) {
      String q = param(f.q());
      sql.append(" AND (strpos(lower(c.title || ' ' || c.description), lower(").append(q).append(")) > 0")
          .append(" OR ('#' || t.num::text) = ").append(q).append(" OR t.num::text = ").append(q).append(')');
    }
    if (f.isPublic() != null) {
      sql.append(" AND c.is_public = ").append(param(f.isPublic()));
    }
    range(sql, "t.deadline", f.deadlineGte(), f.deadlineLte());
    range(sql, "t.done", f.doneGte(), f.doneLte());
    range(sql, "c.created", f.createdGte(), f.createdLte());
    if (f.unreadOnly()) {
      sql.append(" AND m.is_member AND m.num_unread > 0");
    }
    return sql.toString();
  }

  private void anyOf(StringBuilder sql, String column, List<?> values, String type) {
    if (values.isEmpty()) {
      return;
    }
    Object array = switch (type) {
      case "uuid" -> values.toArray(UUID[]::new);
      case "int" -> values.toArray(Integer[]::new);
      default -> values.toArray(String[]::new);
    };
    sql.append(" AND ").append(column).append(" = ANY(").append(param(array)).append("::").append(type).append("[])");
  }

  private void orNone(StringBuilder sql, String open, Object[] values, String close, boolean none, String noneSql) {
    if (values == null && !none) {
      return;
    }
    List<String> parts = new ArrayList<>();
    if (values != null) {
      parts.add(open + param(values) + close);
    }
    if (none) {
      parts.add(noneSql);
    }
    sql.append(" AND (").append(String.join(" OR ", parts)).append(')');
  }

  private void range(StringBuilder sql, String column, java.time.Instant gte, java.time.Instant lte) {
    if (gte != null) {
      sql.append(" AND ").append(column).append(" >= ").append(param(TaskRepository.at(gte)));
    }
    if (lte != null) {
      sql.append(" AND ").append(column).append(" <= ").append(param(TaskRepository.at(lte)));
    }
  }

  private String order() {
    if (f.gentimeGt() > 0) {
      return VERSION + " DESC, c.uid";
    }
    String direction = f.descending() ? " DESC" : " ASC";
    String key = switch (f.sort()) {
      case CREATED -> "c.created" + direction + ", t.num" + direction;
      case LAST_MESSAGE -> "COALESCE(c.last_activity, c.created)" + direction;
      case DEADLINE -> "t.deadline" + direction + " NULLS LAST";
    };
    return key + ", c.uid";
  }

  private String param(Object value) {
    params.add(value);
    return "$" + params.size();
  }
}

package org.tadaserver.store.chat;

import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/** Builds the SQL of one {@link ChatListFilter}: the page statement and the count statement share the conditions. */
final class ChatListQuery {
  private static final String NAME = "COALESCE(p.display_name, c.title)";
  private static final String FROM = " FROM " + ChatColumns.MEMBERS_FROM + " JOIN chats c ON c.uid = m.chat_uid"
      + " LEFT JOIN contacts p ON c.chat_type = 'direct'"
      + " AND p.uid = CASE WHEN c.direct_low = m.contact_uid THEN c.direct_high ELSE c.direct_low END";

  private final ChatListFilter filter;
  private final List<Object> params = new ArrayList<>();
  private final String where;

  ChatListQuery(ChatListFilter filter) {
    this.filter = filter;
    this.where = where();
  }

  String pageSql() {
    return "SELECT " + ChatColumns.CHAT + ", " + ChatColumns.MEMBER + ", " + NAME + " AS display_name" + FROM + where
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
    page.add(filter.limit());
    page.add(filter.offset());
    return Tuple.from(page);
  }

  private String where() {
    StringBuilder sql = new StringBuilder(" WHERE m.contact_uid = ").append(param(filter.contact()));
    if (filter.gentimeGt() > 0) {
      sql.append(" AND GREATEST(c.base_gentime, m.gentime) > ").append(param(filter.gentimeGt()));
    } else {
      sql.append(" AND m.is_member AND NOT c.is_archive");
    }
    if (!filter.chatTypes().isEmpty()) {
      sql.append(" AND c.chat_type = ANY(").append(param(filter.chatTypes().toArray(String[]::new))).append(')');
    }
    if (filter.hidden() != null) {
      sql.append(" AND m.hidden = ").append(param(filter.hidden()));
    }
    if (filter.unreadOnly()) {
      sql.append(" AND m.num_unread > 0");
    }
    if (filter.q() != null) {
      sql.append(" AND strpos(lower(").append(NAME).append("), lower(").append(param(filter.q())).append(")) > 0");
    }
    return sql.toString();
  }

  private String order() {
    if (filter.gentimeGt() > 0) {
      return "GREATEST(c.base_gentime, m.gentime) DESC, c.uid";
    }
    String direction = filter.descending() ? " DESC" : " ASC";
    String key = switch (filter.sort()) {
      case ACTIVITY -> "COALESCE(c.last_activity, c.created)" + direction;
      case DISPLAY_NAME -> "lower(" + NAME + ")" + direction;
    };
    return (filter.unreadFirst() ? "(m.num_unread > 0) DESC, " : "") + key + ", c.uid";
  }

  private String param(Object value) {
    params.add(value);
    return "$" + params.size();
  }
}

package org.tadaserver.gateway.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tadaserver.chats.ChatFilter;

/**
 * The {@code ChatFilter} query of {@code GET /api/v4/teams/{team}/chats} (reference §2.3): {@code chat_type} (comma
 * list of direct, group, task, or {@code any}), {@code gentime_gt}, {@code hidden} (true, false or any; false when
 * absent), {@code unread_only}, {@code unread_first}, {@code sort}, {@code q}, {@code limit}, {@code offset}. The other
 * keys of tdproto's filter ({@code feed}, {@code lang}, {@code timezone}...) change nothing here and are ignored. An
 * unknown chat type or sort key, or a version that is not a number, is {@code 422 INVALID_DATA} rather than a filter
 * that silently matches something else.
 */
final class ChatQuery {
  static final Set<String> CHAT_TYPES = Set.of("direct", "group", "task");
  static final Set<String> SORTS =
      Set.of("group_chat_display_name", "-group_chat_display_name", "last_message", "-last_message");

  private ChatQuery() {}

  /** @throws org.tadaserver.bus.ServiceException {@code INVALID_DATA} naming every bad parameter */
  static ChatFilter filter(Queries query) {
    List<String> types = chatTypes(query);
    long gentimeGt = version(query, "gentime_gt");
    Boolean hidden = query.text("hidden") == null ? Boolean.FALSE : query.flag("hidden");
    boolean unreadOnly = Boolean.TRUE.equals(query.flag("unread_only"));
    boolean unreadFirst = Boolean.TRUE.equals(query.flag("unread_first"));
    String sort = query.text("sort");
    if (sort != null && !SORTS.contains(sort)) {
      query.problem("sort", "must be one of " + String.join(", ", SORTS.stream().sorted().toList()));
    }
    String q = query.text("q");
    int limit = query.count("limit");
    int offset = query.count("offset");
    query.check();
    return new ChatFilter(types, gentimeGt, hidden, unreadOnly, unreadFirst, sort, q, limit, offset);
  }

  private static List<String> chatTypes(Queries query) {
    List<String> types = new ArrayList<>();
    for (String item : query.list("chat_type")) {
      String type = item.toLowerCase(Locale.ROOT);
      if (type.equals("any")) {
        return List.of();
      }
      if (CHAT_TYPES.contains(type)) {
        types.add(type);
      } else {
        query.problem("chat_type", "unknown chat type: " + item);
      }
    }
    return types;
  }

  /**
   * An object version (a gentime, unix nanoseconds): a non-negative 64-bit integer; absent or 0 is "not set". Anything
   * else is a problem and reads as 0.
   */
  static long version(Queries query, String name) {
    String value = query.text(name);
    if (value == null) {
      return 0;
    }
    try {
      long number = Long.parseLong(value.trim());
      if (number >= 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below, like a negative number
    }
    query.problem(name, "must be a non-negative integer (a gentime)");
    return 0;
  }
}

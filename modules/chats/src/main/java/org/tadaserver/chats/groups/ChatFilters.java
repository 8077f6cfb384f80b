package org.tadaserver.chats.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.ChatFilter;
import org.tadaserver.directory.Membership;
import org.tadaserver.store.chat.ChatListFilter;
import org.tadaserver.store.chat.ChatListFilter.Sort;
import org.tadaserver.store.chat.ChatRow;

/**
 * Turns the protocol's ChatFilter into the store's. Bad values are {@code INVALID_DATA} naming the query key.
 *
 * <p>With {@code gentime_gt} the default {@code hidden=false} is not applied: delta sync must return a chat that was
 * just hidden (and every other change) or the client would never learn of it; only an explicit {@code hidden=true}
 * still narrows. The sort is then by version (see {@link ChatListFilter}).
 */
final class ChatFilters {
  /** The most chats one page returns, whatever the client asks for. */
  static final int MAX_LIMIT = 1000;
  private static final List<String> TYPES = List.of(ChatRow.DIRECT, ChatRow.GROUP, ChatRow.TASK);

  private ChatFilters() {}

  static int limit(ChatFilter f) {
    if (f.limit() < 0) {
      throw ServiceException.invalid("limit", "must not be negative");
    }
    return f.limit() == 0 ? ChatFilter.DEFAULT_LIMIT : Math.min(f.limit(), MAX_LIMIT);
  }

  static ChatListFilter toStore(Membership actor, ChatFilter f) {
    if (f.offset() < 0) {
      throw ServiceException.invalid("offset", "must not be negative");
    }
    if (f.gentimeGt() < 0) {
      throw ServiceException.invalid("gentime_gt", "must not be negative");
    }
    boolean descending = f.sort() == null || f.sort().isBlank() || f.sort().strip().startsWith("-");
    Boolean hidden = f.gentimeGt() > 0 && Boolean.FALSE.equals(f.hidden()) ? null : f.hidden();
    return new ChatListFilter(actor.contact(), types(f.chatTypes()), f.gentimeGt(), hidden, f.unreadOnly(),
        f.unreadFirst(), sort(f.sort()), descending, f.q(), limit(f), f.offset());
  }

  private static List<String> types(List<String> given) {
    List<String> out = new ArrayList<>();
    for (String raw : given) {
      for (String part : raw.split(",")) {
        String type = part.strip().toLowerCase(Locale.ROOT);
        if (type.isEmpty() || type.equals("any")) {
          continue;
        }
        if (!TYPES.contains(type)) {
          throw ServiceException.invalid("chat_type", "unknown chat type: " + part.strip());
        }
        if (!out.contains(type)) {
          out.add(type);
        }
      }
    }
    return out;
  }

  private static Sort sort(String sort) {
    if (sort == null || sort.isBlank()) {
      return Sort.ACTIVITY;
    }
    String key = sort.strip();
    key = key.startsWith("-") ? key.substring(1) : key;
    return switch (key) {
      case "last_message" -> Sort.ACTIVITY;
      case "group_chat_display_name" -> Sort.DISPLAY_NAME;
      default -> throw ServiceException.invalid("sort", "unknown sort: " + sort.strip());
    };
  }
}

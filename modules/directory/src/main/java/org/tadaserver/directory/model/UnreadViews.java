package org.tadaserver.directory.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.protocol.model.TeamUnread;
import org.tadaserver.protocol.model.Unread;
import org.tadaserver.store.chat.UnreadRow;

/**
 * {@code TeamUnread} from the store's unread sums ({@code CounterRepository.unread}): one per contact, that is per user
 * and team, always with all five chat-type keys.
 */
public final class UnreadViews {
  private UnreadViews() {}

  /** Each contact's counters in its own team; a contact missing from {@code rows} has nothing unread. */
  public static Map<UUID, TeamUnread> byContact(Collection<UnreadRow> rows) {
    Map<UUID, TeamUnread> out = new HashMap<>();
    for (UnreadRow r : rows) {
      TeamUnread unread = out.getOrDefault(r.contact(), TeamUnread.EMPTY);
      if (r.chatType() != null) {
        ChatType type = ChatType.fromWire(r.chatType());
        unread = unread.with(type, unread.get(type).plus(new Unread(r.messages(), r.notices(), r.chats())));
      }
      out.put(r.contact(), unread);
    }
    return out;
  }

  /** The counters of {@code contact}, or all zero. */
  public static TeamUnread of(List<UnreadRow> rows, UUID contact) {
    return byContact(rows).getOrDefault(contact, TeamUnread.EMPTY);
  }
}

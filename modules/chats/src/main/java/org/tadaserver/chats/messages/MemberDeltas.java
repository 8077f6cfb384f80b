package org.tadaserver.chats.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.store.chat.MemberDelta;
import org.tadaserver.store.chat.MemberRow;
import org.tadaserver.store.chat.MessageRow;

/**
 * How a batch of new messages changes each member's counters (docs/messages.md, Counters): every current member of a
 * touched chat gets a delta (so its view's version moves); a member who wrote some of the messages has read up to
 * their last own one; messages by others that are not silent count as unread, and as notices for those they mention.
 */
final class MemberDeltas {
  private MemberDeltas() {}

  /** @param rows new messages in seq order per chat; @param members current members by chat */
  static List<MemberDelta> of(List<MessageRow> rows, Map<UUID, List<MemberRow>> members) {
    List<MemberDelta> out = new ArrayList<>();
    Map<UUID, List<MessageRow>> byChat = new java.util.LinkedHashMap<>();
    rows.forEach(r -> byChat.computeIfAbsent(r.chatUid(), c -> new ArrayList<>()).add(r));
    byChat.forEach((chat, messages) -> {
      for (MemberRow member : members.getOrDefault(chat, List.of())) {
        out.add(delta(chat, member.contactUid(), messages));
      }
    });
    return out;
  }

  private static MemberDelta delta(UUID chat, UUID contact, List<MessageRow> messages) {
    MessageRow ownLast = null;
    for (MessageRow m : messages) {
      if (m.sender().equals(contact)) {
        ownLast = m;
      }
    }
    long after = ownLast == null ? Long.MIN_VALUE : ownLast.seq();
    int unread = 0;
    int notices = 0;
    for (MessageRow m : messages) {
      if (m.seq() > after && counts(m, contact)) {
        unread++;
        notices += m.mentions().contains(contact) ? 1 : 0;
      }
    }
    return ownLast == null
        ? new MemberDelta(chat, contact, false, unread, notices, 0, null)
        : new MemberDelta(chat, contact, true, unread, notices, ownLast.seq(), ownLast.uid());
  }

  /** Whether {@code m} is unread for {@code contact} until read: written by someone else and not silent. */
  static boolean counts(MessageRow m, UUID contact) {
    return !m.silently() && !m.sender().equals(contact);
  }
}

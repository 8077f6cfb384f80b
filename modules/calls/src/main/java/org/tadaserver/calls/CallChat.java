package org.tadaserver.calls;

import java.util.List;
import java.util.UUID;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.ChatType;

/**
 * The chat a call belongs to, resolved for one actor.
 *
 * @param key the chat's identity whoever names it: a group/task JID, or {@code direct:<low>:<high>} of the two contacts
 * @param team the chat's team
 * @param type direct, group or task
 * @param shared the group/task JID; null for a direct chat (each side names it by the other's contact)
 * @param title the group/task title; empty for a direct chat
 * @param members the current members, the actor included
 */
record CallChat(String key, UUID team, ChatType type, Jid shared, String title, List<ChatMember> members) {

  /** The chat's JID as {@code contact} names it. */
  Jid jidFor(UUID contact) {
    if (shared != null) {
      return shared;
    }
    return members.stream().map(ChatMember::contact).filter(c -> !c.equals(contact)).findFirst()
        .map(Jid::contact).orElseThrow();
  }

  ChatMember member(UUID contact) {
    return members.stream().filter(m -> m.contact().equals(contact)).findFirst().orElse(null);
  }

  static String directKey(UUID a, UUID b) {
    return a.compareTo(b) < 0 ? "direct:" + a + ":" + b : "direct:" + b + ":" + a;
  }
}

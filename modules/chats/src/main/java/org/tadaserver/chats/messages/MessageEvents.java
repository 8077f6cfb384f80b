package org.tadaserver.chats.messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.bus.Delivery;
import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.protocol.event.ServerMessageUpdated;
import org.tadaserver.protocol.model.ChatCounters;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.store.chat.MemberRow;
import org.tadaserver.store.chat.MessageRow;

/**
 * The {@code server.message.updated} events of committed changes (protocol-reference §3.13): one event per message
 * and member (tdclient reads {@code messages[0]} only), each personalised, with that member's counters of the chat,
 * {@code team_unread} and {@code badge}; plus {@code server.team.counters} to the member's sessions in other teams.
 * Members without a user (bots, the notebot) get nothing; non-members are never in the member lists.
 */
final class MessageEvents {
  private MessageEvents() {}

  /**
   * New messages: recipients get {@code delayed:false}, the author's own sessions the echo with {@code delayed:true}.
   *
   * @param referenced answered and forwarded messages, for rendering
   */
  static List<Delivery> created(Written w, Map<UUID, MessageRow> referenced) {
    ViewContext ctx = ViewContext.of(w.updateAge(), w.positions()).withReferenced(referenced);
    List<Delivery> out = new ArrayList<>();
    Map<UUID, UserCounters> notified = new LinkedHashMap<>();
    for (MessageRow row : w.messages()) {
      for (MemberRow member : w.members().getOrDefault(row.chatUid(), List.of())) {
        if (member.userUid() == null) {
          continue;
        }
        boolean own = member.contactUid().equals(row.sender());
        out.add(event(w.team(), row, member, ctx, own, w.counters().get(member.contactUid())));
        UserCounters c = w.counters().get(member.contactUid());
        if (c != null) {
          notified.put(member.userUid(), c);
        }
      }
    }
    notified.values().forEach(c -> out.addAll(Fanout.teamCounters(c)));
    out.addAll(w.receipts());
    return out;
  }

  /**
   * An edited, deleted or reacted-to message: every current member gets {@code delayed:true}. {@code counters} holds
   * fresh team counters when the change moved them (a delete), else it is empty and the event carries none.
   */
  static List<Delivery> changed(UUID team, MessageRow row, List<MemberRow> members, ViewContext ctx,
      Map<UUID, UserCounters> counters) {
    List<Delivery> out = new ArrayList<>();
    for (MemberRow member : members) {
      if (member.userUid() != null && member.isMember()) {
        UserCounters c = counters.get(member.contactUid());
        out.add(event(team, row, member, ctx, true, c));
        if (c != null) {
          out.addAll(Fanout.teamCounters(c));
        }
      }
    }
    return out;
  }

  /** The counters of {@code member}'s chat as they see it. */
  static ChatCounters counters(MessageRow row, MemberRow member) {
    return new ChatCounters(MessageViews.chatFor(row, member.contactUid()), ChatType.fromWire(row.chatType()),
        member.gentime(), member.numUnread(), member.numUnreadNotices(),
        member.lastReadMessage() == null ? null : member.lastReadMessage().toString(), null);
  }

  private static Delivery event(UUID team, MessageRow row, MemberRow member, ViewContext ctx, boolean delayed,
      UserCounters c) {
    Message message = MessageViews.view(row, member.contactUid(), ctx);
    ServerMessageUpdated params = new ServerMessageUpdated(List.of(message), delayed,
        List.of(counters(row, member)), c == null ? null : c.teamUnread(), c == null ? null : c.badge());
    return Fanout.toUser(team, member.userUid(), params);
  }
}

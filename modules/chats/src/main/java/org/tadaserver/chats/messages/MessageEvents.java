package org.tadaserver.chats.messages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.bus.Delivery;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.protocol.event.ServerMessageUpdated;
import org.tadaserver.protocol.model.ChatCounters;
import org.tadaserver.store.chat.MemberRow;
import org.tadaserver.store.chat.MessageRow;

/**
 * The {@code server.message.updated} events of committed changes (protocol-reference §3.13): one event per message
 * and member (tdclient reads {@code messages[0]} only), each personalised, with that member's counters of the chat,
 * {@code team_unread} and {@code badge}; plus {@code server.team.counters} to the member's sessions in other teams.
 * Members without a user (bots, the notebot) get nothing; non-members are never in the member lists.
 *
 * <p>A batch into a big group makes members x messages events. Each message is rendered once per distinct view
 * ({@link MessageViews#signature}: in a group, usually two, mentioned or not) and its JSON text is shared by the
 * events that carry it; each event then only adds its own counters. The result is byte-for-byte what
 * {@link Events#toJson} makes of a {@link ServerMessageUpdated}.
 */
final class MessageEvents {
  private static final String EVENT = Events.name(ServerMessageUpdated.class);

  private MessageEvents() {}

  /**
   * New messages: recipients get {@code delayed:false}, the author's own sessions the echo with {@code delayed:true}.
   *
   * @param referenced answered and forwarded messages, for rendering
   */
  static List<Delivery> created(Written w, Map<UUID, MessageRow> referenced) {
    Builder b = new Builder(w.team(), ViewContext.of(w.updateAge(), w.positions()).withReferenced(referenced));
    List<Delivery> out = new ArrayList<>();
    Map<UUID, UserCounters> notified = new LinkedHashMap<>();
    for (MessageRow row : w.messages()) {
      for (MemberRow member : w.members().getOrDefault(row.chatUid(), List.of())) {
        if (member.userUid() == null) {
          continue;
        }
        UserCounters c = w.counters().get(member.contactUid());
        out.add(b.event(row, member, member.contactUid().equals(row.sender()), c));
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
    Builder b = new Builder(team, ctx);
    List<Delivery> out = new ArrayList<>();
    for (MemberRow member : members) {
      if (member.userUid() != null && member.isMember()) {
        UserCounters c = counters.get(member.contactUid());
        out.add(b.event(row, member, true, c));
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

  /**
   * Renders and caches the shared parts of one call's events. The events are assembled as text around JSON rendered
   * once per shared part (the message per view, {@code team_unread} per user), so a message's text is escaped once
   * per view, not once per recipient; only {@code chat_counters} is rendered per recipient.
   */
  private static final class Builder {
    private static final String HEAD = "{\"event\":\"" + EVENT + "\",\"params\":{\"messages\":[";
    private final UUID team;
    private final ViewContext ctx;
    private final Map<String, String> messages = new HashMap<>();
    private final Map<UserCounters, String> unread = new IdentityHashMap<>();

    Builder(UUID team, ViewContext ctx) {
      this.team = team;
      this.ctx = ctx;
    }

    Delivery event(MessageRow row, MemberRow member, boolean delayed, UserCounters c) {
      UUID viewer = member.contactUid();
      String message = messages.computeIfAbsent(row.uid() + "/" + MessageViews.signature(row, viewer, ctx),
          k -> Wire.toJson(MessageViews.view(row, viewer, ctx)));
      String counters = Wire.toJson(counters(row, member));
      String teamUnread = c == null ? "null" : unread.computeIfAbsent(c, u -> Wire.toJson(u.teamUnread()));
      StringBuilder json = new StringBuilder(HEAD.length() + message.length() + counters.length()
          + teamUnread.length() + 80);
      json.append(HEAD).append(message).append("],\"delayed\":").append(delayed)
          .append(",\"chat_counters\":[").append(counters).append("],\"team_unread\":").append(teamUnread)
          .append(",\"badge\":").append(c == null ? "null" : Integer.toString(c.badge())).append("}}");
      return Delivery.toUser(team, member.userUid(), json.toString());
    }
  }
}

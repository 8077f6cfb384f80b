package org.tadaserver.chats.groups;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tadaserver.bus.Delivery;
import org.tadaserver.chats.messages.Fanout;
import org.tadaserver.chats.messages.UserCounters;
import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.protocol.event.ServerChatDeleted;
import org.tadaserver.protocol.event.ServerChatUpdated;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.DeletedChat;
import org.tadaserver.store.chat.ChatRepository;
import org.tadaserver.store.chat.ChatRow;
import org.tadaserver.store.chat.MemberRepository;
import org.tadaserver.store.chat.MemberRow;

/**
 * {@code server.chat.updated} and {@code server.chat.deleted} for the users a chat change concerns, each with their
 * own view of the chat and their exact {@code team_unread} and {@code badge}. Built inside the writing transaction
 * (so views and counters are the state that commit leaves) and published after it.
 */
public final class ChatEvents {
  private ChatEvents() {}

  /**
   * {@code server.chat.updated} for those of {@code recipients} who are current members of {@code chat}: each gets its
   * full view. Recipients who are not members get nothing (nothing of a chat reaches a non-member).
   *
   * @param countersMoved whether the change can move the recipients' unread totals: then their sessions in other
   *     teams also get {@code server.team.counters}
   */
  public static Future<List<Delivery>> updated(SqlClient tx, UUID team, UUID chat, Collection<UUID> recipients,
      boolean countersMoved) {
    Set<UUID> wanted = Set.copyOf(recipients);
    return new ChatRepository(tx).get(chat).compose(row -> new MemberRepository(tx).active(chat).compose(active -> {
      List<MemberRow> members = active.stream().filter(m -> wanted.contains(m.contactUid())).toList();
      List<UUID> contacts = members.stream().map(MemberRow::contactUid).toList();
      return ViewData.load(tx, team, List.of(row), contacts, false)
          .compose(data -> Fanout.counters(tx, team, contacts)
              .map(counters -> updates(team, row, members, data, counters, countersMoved)));
    }));
  }

  private static List<Delivery> updates(UUID team, ChatRow row, List<MemberRow> members, ViewData data,
      Map<UUID, UserCounters> counters, boolean countersMoved) {
    List<Delivery> out = new ArrayList<>();
    for (MemberRow m : members) {
      UserCounters c = counters.get(m.contactUid());
      if (c == null || data.contact(m.contactUid()) == null) {
        continue;
      }
      Chat view = ChatView.member(row, m, Viewer.of(data.contact(m.contactUid())), data);
      out.add(Fanout.toUser(team, c.user(), new ServerChatUpdated(List.of(view), c.teamUnread(), c.badge())));
      if (countersMoved) {
        out.addAll(Fanout.teamCounters(c));
      }
    }
    return out;
  }

  /**
   * {@code server.chat.deleted} for {@code recipients} (who left, were removed, or whose chat was deleted), with their
   * counters after the change; their sessions in other teams get {@code server.team.counters}.
   *
   * @param gentime the version of the deletion (the writing transaction's clock value)
   */
  public static Future<List<Delivery>> deleted(SqlClient tx, UUID team, ChatRow chat, Collection<UUID> recipients,
      long gentime) {
    List<UUID> contacts = List.copyOf(recipients);
    return Fanout.counters(tx, team, contacts).map(counters -> {
      List<Delivery> out = new ArrayList<>();
      for (UUID contact : contacts) {
        UserCounters c = counters.get(contact);
        if (c == null) {
          continue;
        }
        DeletedChat gone = new DeletedChat(ChatView.jid(chat, contact), ChatType.fromWire(chat.chatType()), gentime,
            true);
        out.add(Fanout.toUser(team, c.user(), new ServerChatDeleted(List.of(gone), c.teamUnread(), c.badge())));
        out.addAll(Fanout.teamCounters(c));
      }
      return out;
    });
  }

  /** The contacts of current members, for events to everyone in a chat. */
  public static List<UUID> contacts(Collection<MemberRow> members) {
    return members.stream().map(MemberRow::contactUid).toList();
  }

}

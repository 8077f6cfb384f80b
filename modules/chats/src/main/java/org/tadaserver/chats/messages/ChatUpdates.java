package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.tadaserver.bus.Delivery;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.event.ServerChatUpdated;
import org.tadaserver.store.chat.ChatRow;
import org.tadaserver.store.team.ContactRepository;
import org.tadaserver.store.team.ContactRow;

/**
 * {@code server.chat.updated} after a committed change the message operations make to a chat (a direct chat created
 * by its first message, a pin): each recipient gets their own view ({@link ChatViews}) with their counters. Built
 * after COMMIT from the database, so it shows that commit or a later one; recipients who cannot see the chat (not a
 * member any more) are skipped.
 */
final class ChatUpdates {
  private final Pool pool;
  private final Fanout fanout;
  private final ChatViews views;

  ChatUpdates(Pool pool, Fanout fanout, ChatViews views) {
    this.pool = pool;
    this.fanout = fanout;
    this.views = views;
  }

  Future<Void> publish(UUID team, ChatRow chat, Collection<UUID> recipients) {
    ContactRepository contacts = new ContactRepository(pool);
    List<Future<Delivery>> events = new ArrayList<>();
    return Fanout.counters(pool, team, recipients).compose(counters -> {
      for (UUID contact : recipients) {
        UserCounters c = counters.get(contact);
        if (c != null) {
          events.add(contacts.get(contact)
              .compose(row -> views.view(membership(row), jidFor(chat, contact).toString()))
              .map(view -> Fanout.toUser(team, c.user(), new ServerChatUpdated(List.of(view), c.teamUnread(),
                  c.badge())))
              .otherwise(e -> null));
        }
      }
      return Future.join(events).otherwiseEmpty().map(v -> {
        fanout.publish(events.stream().map(Future::result).filter(d -> d != null).toList());
        return (Void) null;
      });
    });
  }

  static Jid jidFor(ChatRow chat, UUID viewer) {
    return chat.isDirect() ? Jid.contact(chat.peerOf(viewer)) : Jid.of(ChatType.fromWire(chat.chatType()), chat.uid());
  }

  private static Membership membership(ContactRow row) {
    return new Membership(row.team(), row.user(), row.uid(), TeamStatus.fromWire(row.status()));
  }
}

package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tadaserver.bus.Delivery;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.access.ChatAccess;
import org.tadaserver.chats.access.ChatTarget;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.event.ServerChatLastread;
import org.tadaserver.protocol.model.ChatCounters;
import org.tadaserver.store.chat.ChatRow;
import org.tadaserver.store.chat.CounterRepository;
import org.tadaserver.store.chat.MessageRepository;
import org.tadaserver.store.chat.ReadMove;
import org.tadaserver.store.chat.TeamClock;

/**
 * Read state (protocol-reference §3.4): {@code client.chat.lastread} moves the member's read marker to a message of
 * the chat (null: to the end, deleted messages included) and recounts their counters from it; every session of the
 * reader gets {@code server.chat.lastread} with the chat's counters, {@code team_unread} and {@code badge}, their
 * other teams {@code server.team.counters}; the author of every message that this read makes "seen by someone" for
 * the first time gets {@code server.message.received} (see {@link Receipts}).
 */
final class ReadMarkers {
  private final Pool pool;
  private final Fanout fanout;

  ReadMarkers(Pool pool, Fanout fanout) {
    this.pool = pool;
    this.fanout = fanout;
  }

  Future<Void> markRead(Membership actor, String chatJid, String messageId) {
    UUID message;
    try {
      message = messageId == null || messageId.isBlank() ? null : SendCheck.uuid("last_read_message_id", messageId);
    } catch (ServiceException e) {
      return Future.failedFuture(e);
    }
    return new ChatAccess(pool).resolveMember(actor, chatJid).compose(target -> !target.exists()
        ? Future.succeededFuture()
        : Done.commit(pool, fanout, tx -> new TeamClock(tx).next(actor.team())
            .compose(g -> new CounterRepository(tx).lockChats(List.of(target.chat().uid()))
                .compose(chats -> marker(tx, chats.get(0), message)
                    .compose(mark -> move(tx, actor, target, chats.get(0), mark, g))))));
  }

  private record Mark(long seq, UUID message) {}

  /** The marker for {@code message} in {@code chat}, or the chat's end for null. */
  private static Future<Mark> marker(SqlClient tx, ChatRow chat, UUID message) {
    if (message == null) {
      return Future.succeededFuture(new Mark(chat.lastSeq(), chat.lastMessage()));
    }
    return new MessageRepository(tx).find(message).compose(row -> row.isPresent()
        && row.get().chatUid().equals(chat.uid()) ? Future.succeededFuture(new Mark(row.get().seq(), message))
        : Future.failedFuture(ServiceException.notFound("message")));
  }

  private static Future<Done<Void>> move(SqlClient tx, Membership actor, ChatTarget target, ChatRow chat, Mark mark,
      long gentime) {
    CounterRepository counters = new CounterRepository(tx);
    return counters.moveRead(chat.uid(), actor.contact(), mark.seq(), mark.message(), gentime).compose(moved -> {
      if (moved.isEmpty()) {
        return Future.failedFuture(ServiceException.notFound("chat " + target.jid()));
      }
      ReadMove m = moved.get();
      return counters.firstRead(chat.uid(), actor.contact(), m.previousSeq(), mark.seq(), Receipts.MAX_PER_READ)
          .compose(first -> Fanout.counters(tx, actor.team(), List.of(actor.contact())).map(all -> {
            List<Delivery> events = new ArrayList<>();
            UserCounters c = all.get(actor.contact());
            if (c != null) {
              ChatCounters cc = new ChatCounters(target.jid(), target.chatType(), m.member().gentime(),
                  m.member().numUnread(), m.member().numUnreadNotices(),
                  m.member().lastReadMessage() == null ? null : m.member().lastReadMessage().toString(), null);
              events.add(Fanout.toUser(actor.team(), c.user(), new ServerChatLastread(List.of(cc), c.teamUnread(),
                  c.badge())));
              events.addAll(Fanout.teamCounters(c));
            }
            events.addAll(Receipts.events(actor.team(), chat, first));
            return new Done<Void>(null, events);
          }));
    });
  }
}

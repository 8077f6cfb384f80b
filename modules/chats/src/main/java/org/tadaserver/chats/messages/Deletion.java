package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.access.ChatRights;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.IsoTime;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.store.chat.CounterRepository;
import org.tadaserver.store.chat.MemberRow;
import org.tadaserver.store.chat.MessageRepository;
import org.tadaserver.store.chat.MessageRow;
import org.tadaserver.store.chat.TeamClock;
import org.tadaserver.store.team.TeamRepository;

/**
 * Deleting a message (protocol-reference §3.3): its author within {@code max_message_update_age}, or a chat admin
 * (group admin, or a team admin who is a member: {@code can_delete_any_message}) at any time; system messages only
 * by chat admins. The message is archived (the archived form of {@link MessageViews}), the unread counters of members
 * who had not read it drop, and every current member gets {@code server.message.updated} {@code delayed:true} with
 * their counters. Deleting a deleted message changes nothing and answers it again.
 */
final class Deletion {
  private final Pool pool;
  private final Fanout fanout;

  Deletion(Pool pool, Fanout fanout) {
    this.pool = pool;
    this.fanout = fanout;
  }

  Future<Message> delete(Membership actor, String messageId) {
    return Lookups.message(pool, actor, messageId).compose(found -> {
      boolean admin = ChatRights.isChatAdmin(actor, found.target());
      return Done.commit(pool, fanout, tx -> new TeamClock(tx).next(actor.team())
          .compose(g -> new TeamRepository(tx).get(actor.team())
              .compose(team -> new MessageRepository(tx).lockAll(List.of(found.message().uid()))
                  .compose(rows -> archive(tx, actor, rows.get(0), admin, team.settings().maxMessageUpdateAge(), g)))));
    });
  }

  private static Future<Done<Message>> archive(SqlClient tx, Membership actor, MessageRow row, boolean admin, int age,
      long gentime) {
    ServiceException refused = refusal(actor.contact(), row, admin, age);
    if (refused != null) {
      return Future.failedFuture(refused);
    }
    if (row.isArchive()) {
      return PageContext.load(tx, row.chatUid(), age, List.of(row))
          .map(ctx -> Done.quiet(MessageViews.view(row, actor.contact(), ctx)));
    }
    Instant now = IsoTime.now();
    MessageRow archived = row.archived(now, gentime);
    return new MessageRepository(tx).archive(row.uid(), now, gentime)
        .compose(v -> new CounterRepository(tx).messageRemoved(archived, gentime))
        .compose(members -> Fanout.counters(tx, actor.team(), members.stream().map(MemberRow::contactUid).toList())
            .compose(counters -> PageContext.load(tx, row.chatUid(), age, List.of(archived)).map(ctx -> {
              ViewContext shown = ctx.revealingDeleted();
              return new Done<>(MessageViews.view(archived, actor.contact(), shown),
                  MessageEvents.changed(actor.team(), archived, members, shown, counters));
            })));
  }

  private static ServiceException refusal(UUID actor, MessageRow row, boolean admin, int age) {
    if (admin) {
      return null;
    }
    if (!row.sender().equals(actor) || row.isSystem()) {
      return ServiceException.accessDenied("Only the author or a chat admin can delete this message");
    }
    if (!row.isArchive() && Instant.now().isAfter(row.created().plusSeconds(age))) {
      return ServiceException.accessDenied("The message is older than " + age + " s and can no longer be deleted");
    }
    return null;
  }
}

package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.access.ChatAccess;
import org.tadaserver.chats.access.ChatRights;
import org.tadaserver.chats.access.ChatTarget;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.store.chat.MemberRepository;
import org.tadaserver.store.chat.MemberRow;
import org.tadaserver.store.chat.MessageRepository;
import org.tadaserver.store.chat.TeamClock;

/**
 * The pinned message of a chat ({@code chat.pinned_message}, a shared field): chat admins pin and unpin, and either
 * side of a direct chat. The pinned message must be a live message of the chat. Every current member gets
 * {@code server.chat.updated}; the answer is the actor's view of the chat.
 */
final class Pins {
  private final Pool pool;
  private final Fanout fanout;
  private final ChatViews views;
  private final ChatUpdates updates;

  Pins(Pool pool, Fanout fanout, ChatViews views, ChatUpdates updates) {
    this.pool = pool;
    this.fanout = fanout;
    this.views = views;
    this.updates = updates;
  }

  Future<Chat> pin(Membership actor, String chatJid, String messageId) {
    UUID message;
    try {
      message = messageId == null || messageId.isBlank() ? null : SendCheck.uuid("message_id", messageId);
    } catch (ServiceException e) {
      return Future.failedFuture(e);
    }
    return allowed(actor, chatJid)
        .compose(target -> checked(target, message).compose(v -> store(actor, target, message)))
        .compose(v -> views.view(actor, chatJid));
  }

  /**
   * Unpins {@code messageId} only when it is the pinned message, so that a stale client cannot unpin a newer pin. The
   * rights are checked first whatever is pinned: a caller who may not unpin is refused even when there is nothing to
   * do, so the answer never depends on the state of a chat the caller may not change.
   */
  Future<Chat> unpin(Membership actor, String chatJid, String messageId) {
    UUID message;
    try {
      message = SendCheck.uuid("message_id", messageId);
    } catch (ServiceException e) {
      return Future.failedFuture(e);
    }
    return allowed(actor, chatJid)
        .compose(target -> message.equals(target.chat().pinnedMessage()) ? store(actor, target, null)
            : Future.<Void>succeededFuture())
        .compose(v -> views.view(actor, chatJid));
  }

  /** The chat, if the actor is a member who may change its pinned message. */
  private Future<ChatTarget> allowed(Membership actor, String chatJid) {
    return new ChatAccess(pool).resolveMember(actor, chatJid).compose(target -> {
      if (!target.exists()) {
        return Future.failedFuture(ServiceException.invalid("message_id", "no such message in this chat"));
      }
      if (!target.isDirect() && !ChatRights.isChatAdmin(actor, target)) {
        return Future.failedFuture(ServiceException.accessDenied("Only chat admins can pin messages"));
      }
      return Future.succeededFuture(target);
    });
  }

  private Future<Void> store(Membership actor, ChatTarget target, UUID message) {
    return Done.commit(pool, fanout, tx -> new TeamClock(tx)
        .next(actor.team())
        .compose(g -> new MessageRepository(tx).pin(target.chat().uid(), message, g))
        .compose(v2 -> new MemberRepository(tx).active(target.chat().uid()))
        .map(members -> Done.quiet(members.stream().map(MemberRow::contactUid).toList())))
        .compose(members -> updates.publish(actor.team(), target.chat(), members));
  }

  private Future<Void> checked(ChatTarget target, UUID message) {
    if (message == null) {
      return Future.succeededFuture();
    }
    return new MessageRepository(pool).find(message).compose(row -> row.isPresent() && !row.get().isArchive()
        && row.get().chatUid().equals(target.chat().uid()) ? Future.succeededFuture()
        : Future.failedFuture(ServiceException.invalid("message_id", "no such message in this chat")));
  }
}

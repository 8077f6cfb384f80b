package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.access.ChatAccess;
import org.tadaserver.chats.access.ChatTarget;
import org.tadaserver.directory.Membership;
import org.tadaserver.store.chat.MessageRepository;
import org.tadaserver.store.chat.MessageRow;

/**
 * Finds a message for an actor: it must be in a chat of the actor's team that the actor is a current member of. A
 * message that does not exist and one the actor may not see both answer {@code NOT_FOUND "message not found"}.
 */
final class Lookups {
  private Lookups() {}

  /** A message and the actor's view of its chat. */
  record Found(MessageRow message, ChatTarget target) {}

  static Future<Found> message(SqlClient client, Membership actor, String messageId) {
    UUID uid;
    try {
      uid = SendCheck.uuid("message_id", messageId);
    } catch (ServiceException e) {
      return Future.failedFuture(e);
    }
    return new MessageRepository(client).find(uid).compose(found -> {
      if (found.isEmpty() || !found.get().teamUid().equals(actor.team())) {
        return Future.failedFuture(ServiceException.notFound("message"));
      }
      MessageRow row = found.get();
      return new ChatAccess(client).resolveMember(actor, MessageViews.chatFor(row, actor.contact()).toString())
          .recover(e -> Future.failedFuture(e instanceof ServiceException ? ServiceException.notFound("message") : e))
          .compose(target -> target.exists() && target.chat().uid().equals(row.chatUid())
              ? Future.succeededFuture(new Found(row, target))
              : Future.failedFuture(ServiceException.notFound("message")));
    });
  }
}

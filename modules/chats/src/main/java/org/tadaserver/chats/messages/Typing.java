package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tadaserver.bus.Delivery;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.access.ChatAccess;
import org.tadaserver.chats.access.ChatRights;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.IsoTime;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.event.ServerChatComposing;
import org.tadaserver.store.chat.MemberRepository;
import org.tadaserver.store.chat.MemberRow;

/**
 * Typing (protocol-reference §3.8): {@code client.chat.composing} from a member who may write goes to the other
 * current members as {@code server.chat.composing}, with the chat named as each of them sees it and
 * {@code valid_until} {@link #VALID_SECONDS} ahead (clients repeat the event while typing). Nothing is stored; a
 * direct chat without messages has nobody to tell yet.
 */
final class Typing {
  static final int VALID_SECONDS = 10;
  private final Pool pool;
  private final Fanout fanout;

  Typing(Pool pool, Fanout fanout) {
    this.pool = pool;
    this.fanout = fanout;
  }

  Future<Void> composing(Membership actor, String chatJid, boolean composing, boolean audio) {
    return new ChatAccess(pool).resolveMember(actor, chatJid).compose(target -> {
      var reason = ChatRights.cantWriteReason(actor, target);
      if (reason.isPresent()) {
        return Future.failedFuture(ServiceException.accessDenied(reason.get()));
      }
      if (!target.exists()) {
        return Future.succeededFuture();
      }
      Instant until = IsoTime.now().plusSeconds(VALID_SECONDS);
      return new MemberRepository(pool).active(target.chat().uid()).map(members -> {
        List<Delivery> out = new ArrayList<>();
        for (MemberRow m : members) {
          if (m.userUid() != null && !m.contactUid().equals(actor.contact())) {
            Jid seenAs = target.isDirect() ? Jid.contact(actor.contact()) : target.jid();
            out.add(Fanout.toUser(actor.team(), m.userUid(), new ServerChatComposing(seenAs,
                Jid.contact(actor.contact()), composing, audio, until)));
          }
        }
        fanout.publish(out);
        return null;
      });
    });
  }
}

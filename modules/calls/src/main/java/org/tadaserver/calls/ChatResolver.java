package org.tadaserver.calls;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.access.ChatAccess;
import org.tadaserver.chats.access.ChatTarget;
import org.tadaserver.directory.Membership;
import org.tadaserver.store.chat.MemberRow;
import org.tadaserver.store.chat.MemberRepository;
import org.tadaserver.store.team.ContactRepository;
import org.tadaserver.store.team.ContactRow;

/**
 * Finds the chat of a call and its members with the chats module's own access rules ({@link ChatAccess}): only a
 * current member may call in a chat, and a chat the actor may not see is NOT_FOUND, exactly as for messages. A direct
 * call needs no chat row yet (the two contacts are its members).
 */
final class ChatResolver {
  private final Pool pool;

  ChatResolver(Pool pool) {
    this.pool = pool;
  }

  Future<CallChat> resolve(Membership actor, String jid) {
    if (jid == null || jid.isEmpty()) {
      return Future.failedFuture(ServiceException.invalid("jid", "is required"));
    }
    return new ChatAccess(pool).resolveMember(actor, jid).compose(target -> {
      if (target.self() || target.isArchived()) {
        return Future.failedFuture(ServiceException.notFound("chat " + jid));
      }
      if (target.isDirect()) {
        return direct(actor, target);
      }
      return shared(actor, target);
    });
  }

  private Future<CallChat> direct(Membership actor, ChatTarget target) {
    ContactRow peer = target.peer();
    if (peer.user() == null || peer.isBot() || peer.isArchive()) {
      return Future.failedFuture(ServiceException.badRequest("this contact cannot be called"));
    }
    return new ContactRepository(pool).get(actor.contact()).map(me -> new CallChat(
        CallChat.directKey(actor.contact(), peer.uid()), actor.team(), target.chatType(), null, "",
        List.of(member(me, actor.user(), false), member(peer, peer.user(), false))));
  }

  private Future<CallChat> shared(Membership actor, ChatTarget target) {
    return new MemberRepository(pool).active(target.chat().uid()).compose(rows -> {
      List<UUID> contacts = rows.stream().map(MemberRow::contactUid).toList();
      return contacts(contacts).map(byId -> {
        List<ChatMember> members = new ArrayList<>();
        for (MemberRow row : rows) {
          ContactRow c = byId.get(row.contactUid());
          if (c != null) {
            members.add(member(c, row.userUid(), MemberRow.ADMIN.equals(row.status())));
          }
        }
        String title = target.chat().title() == null ? "" : target.chat().title();
        return new CallChat(target.jid().toString(), actor.team(), target.chatType(), target.jid(), title, members);
      });
    });
  }

  private Future<Map<UUID, ContactRow>> contacts(List<UUID> ids) {
    ContactRepository repo = new ContactRepository(pool);
    List<Future<ContactRow>> each = ids.stream().map(repo::get).toList();
    return Future.all(each).map(all -> each.stream().map(Future::result)
        .collect(Collectors.toMap(ContactRow::uid, Function.identity(), (a, b) -> a)));
  }

  private static ChatMember member(ContactRow c, UUID user, boolean admin) {
    String name = c.displayName() == null ? "" : c.displayName();
    return new ChatMember(c.uid(), user, admin, name, c.role() == null ? "" : c.role(),
        c.iconLetters() == null ? "" : c.iconLetters(), c.iconColor() == null ? "" : c.iconColor());
  }
}

package org.tadaserver.chats.groups;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.ChatUpdate;
import org.tadaserver.chats.access.ChatAccess;
import org.tadaserver.chats.access.ChatRights;
import org.tadaserver.chats.access.ChatTarget;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.store.chat.ChatRepository;
import org.tadaserver.store.chat.GroupChange;
import org.tadaserver.store.chat.MemberRepository;
import org.tadaserver.store.chat.PersonalChange;

/**
 * {@code PUT .../chats/{jid}}: the member's personal settings, and the shared fields of a group for those allowed
 * ({@code changeable_fields}). A shared key sent with its current value is no change (clients may send back the whole
 * chat). Personal changes go to the actor's own sessions; shared changes to every member.
 */
final class ChatSettings {
  private final TeamWrites writes;
  private final GroupRequests requests;

  ChatSettings(TeamWrites writes, GroupRequests requests) {
    this.writes = writes;
    this.requests = requests;
  }

  Future<Chat> update(Membership actor, String jid, ChatUpdate u) {
    PersonalChange personal = new PersonalChange(u.hidden(), u.pinned(), u.pinnedSortOrdering(),
        u.notificationsEnabled(), u.countersEnabled(), u.collapsed());
    GroupChange shared;
    try {
      shared = new GroupChange(requests.optionalTitle(u.displayName()), requests.description(u.description()),
          u.isPublic(), u.defaultForAll(), u.readonlyForMembers(), false, null);
    } catch (ServiceException e) {
      return Future.failedFuture(e);
    }
    return writes.write(actor.team(), (tx, gentime) -> new ChatAccess(tx).resolveMember(actor, jid).compose(t -> {
      ServiceException denied = deniedShared(actor, t, shared);
      if (denied != null) {
        return Future.failedFuture(denied);
      }
      return personal(tx, actor, t, personal, gentime).compose(p -> new ChatAccess(tx).resolve(actor, t.jid())
          .compose(now -> now.exists() && now.chat().isGroup()
              ? GroupWrites.apply(tx, actor, now, shared, gentime).map(s -> p.withValue(s.value()).then(s.deliveries()))
              : new ChatReads(tx).view(actor, now).map(p::withValue)));
    }));
  }

  /** Stores personal settings (creating a direct chat that has no message yet); the actor's sessions are told. */
  private static Future<Committed<Void>> personal(SqlClient tx, Membership actor, ChatTarget t, PersonalChange p,
      long gentime) {
    if (p.isEmpty()) {
      return Future.succeededFuture(Committed.quiet(null));
    }
    Future<java.util.UUID> chat = t.exists() ? Future.succeededFuture(t.chat().uid())
        : new ChatRepository(tx).createDirect(actor.team(), actor.contact(), t.peer().uid(), gentime)
            .map(c -> c.uid());
    boolean countersMoved = p.countersEnabled() != null;
    return chat.compose(uid -> new MemberRepository(tx).updatePersonal(uid, actor.contact(), p, gentime)
        .compose(row -> ChatEvents.updated(tx, actor.team(), uid, List.of(actor.contact()), countersMoved))
        .map(events -> new Committed<>(null, events)));
  }

  private static ServiceException deniedShared(Membership actor, ChatTarget t, GroupChange c) {
    if (c.isEmpty()) {
      return null;
    }
    if (t.isDirect()) {
      return sameAsShown(t, c) ? null : ServiceException.accessDenied("A direct chat has no shared settings");
    }
    if (!t.chat().isGroup()) {
      return GroupWrites.denied(t.chat(), c, List.of());
    }
    if (t.isArchived()) {
      return ServiceException.accessDenied(ChatRights.ARCHIVED_CHAT);
    }
    return GroupWrites.denied(t.chat(), c, ChatFields.shared(ChatRights.isChatAdmin(actor, t), actor.status()));
  }


  /** Whether shared keys sent for a direct chat only repeat what its view shows (its name is the other person's). */
  private static boolean sameAsShown(ChatTarget t, GroupChange c) {
    return (c.title() == null || c.title().equals(t.peer().displayName()))
        && (c.description() == null || c.description().isEmpty())
        && !Boolean.TRUE.equals(c.isPublic()) && !Boolean.TRUE.equals(c.defaultForAll())
        && !Boolean.TRUE.equals(c.readonlyForMembers());
  }
}

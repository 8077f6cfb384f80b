package org.tadaserver.chats.access;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.Optional;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.chat.ChatRepository;
import org.tadaserver.store.chat.ChatRow;
import org.tadaserver.store.chat.ChatWithMember;
import org.tadaserver.store.chat.MemberRepository;
import org.tadaserver.store.chat.MemberRow;
import org.tadaserver.store.team.ContactRepository;
import org.tadaserver.store.team.ContactRow;

/**
 * Resolves a chat JID as an actor names it to a {@link ChatTarget}: a {@code g-}/{@code t-} JID to that chat, a
 * {@code d-} contact JID to the direct chat with that contact (which may not exist yet). Answers {@code NOT_FOUND}
 * alike for what does not exist and what the actor may not see, so nothing leaks: other teams' chats, chats of a
 * type the JID does not name, private groups the actor is not in (also after leaving), and public groups for guests.
 * A malformed JID is {@code INVALID_DATA}.
 *
 * <p>Runs on the {@link SqlClient} given: the pool, or the connection of a transaction (after its team clock).
 */
public final class ChatAccess {
  private final ChatRepository chats;
  private final MemberRepository members;
  private final ContactRepository contacts;

  public ChatAccess(SqlClient client) {
    this.chats = new ChatRepository(client);
    this.members = new MemberRepository(client);
    this.contacts = new ContactRepository(client);
  }

  /**
   * The chat with the actor's place in it. Visible: chats the actor is a member of; direct chats with any contact of
   * the team (archived contacts included, for their history); live public groups for non-guests (as joinable, with
   * {@code member} null or left).
   */
  public Future<ChatTarget> resolve(Membership actor, String jid) {
    Jid parsed;
    try {
      parsed = Jid.parse(jid);
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(ServiceException.invalid("jid", "not a chat JID: " + jid));
    }
    return resolve(actor, parsed);
  }

  public Future<ChatTarget> resolve(Membership actor, Jid jid) {
    ChatType type = jid.chatType();
    if (type == ChatType.DIRECT) {
      return direct(actor, jid);
    }
    if (type == ChatType.GROUP || type == ChatType.TASK) {
      return shared(actor, jid);
    }
    return Future.failedFuture(notFound(jid));
  }

  /** Like {@link #resolve} but only for a current member (public groups the actor is not in are NOT_FOUND too). */
  public Future<ChatTarget> resolveMember(Membership actor, String jid) {
    return resolve(actor, jid).compose(t -> t.isMember() ? Future.succeededFuture(t)
        : Future.failedFuture(notFound(t.jid())));
  }

  /**
   * The peer's contact and the direct chat with the actor's member row are read by two statements issued together
   * (one round trip on a pipelining client); the chat is only used once the peer is known to be of the actor's team.
   */
  private Future<ChatTarget> direct(Membership actor, Jid jid) {
    Future<ContactRow> contact = contacts.get(jid.uuid());
    Future<Optional<ChatWithMember>> direct = jid.uuid().equals(actor.contact())
        ? Future.succeededFuture(Optional.empty())
        : chats.findDirectWithMember(actor.team(), actor.contact(), jid.uuid());
    return contact
        .recover(e -> Future.failedFuture(e instanceof StoreException.NotFound ? notFound(jid) : e))
        .compose(peer -> {
          if (!peer.team().equals(actor.team())) {
            return Future.failedFuture(notFound(jid));
          }
          if (peer.uid().equals(actor.contact())) {
            return Future.succeededFuture(new ChatTarget(jid, ChatType.DIRECT, null, null, peer, true));
          }
          return direct.map(found -> found
              .map(cm -> new ChatTarget(jid, ChatType.DIRECT, cm.chat(), cm.member(), peer, false))
              .orElseGet(() -> new ChatTarget(jid, ChatType.DIRECT, null, null, peer, false)));
        });
  }

  private Future<ChatTarget> shared(Membership actor, Jid jid) {
    return chats.find(jid.uuid()).compose(found -> {
      Optional<ChatRow> chat = found.filter(c -> c.teamUid().equals(actor.team()))
          .filter(c -> c.chatType().equals(jid.chatType().wire()));
      if (chat.isEmpty()) {
        return Future.failedFuture(notFound(jid));
      }
      return withMember(actor, jid, chat.get(), null).compose(t -> visible(actor, t)
          ? Future.succeededFuture(t) : Future.failedFuture(notFound(jid)));
    });
  }

  private Future<ChatTarget> withMember(Membership actor, Jid jid, ChatRow chat, ContactRow peer) {
    return members.find(chat.uid(), actor.contact())
        .map(member -> new ChatTarget(jid, jid.chatType(), chat, member.orElse(null), peer, false));
  }

  private static boolean visible(Membership actor, ChatTarget t) {
    MemberRow m = t.member();
    return (m != null && m.isMember()) || ChatRights.canSeeAsJoinable(actor.status(), t.chat());
  }

  static ServiceException notFound(Jid jid) {
    return ServiceException.notFound("chat " + jid);
  }
}

package org.tadaserver.chats.groups;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tadaserver.bus.Delivery;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.access.ChatAccess;
import org.tadaserver.chats.access.ChatFailures;
import org.tadaserver.chats.access.ChatRights;
import org.tadaserver.chats.access.ChatTarget;
import org.tadaserver.directory.Membership;
import org.tadaserver.directory.rules.Rights;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.GroupStatus;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.GroupMembership;
import org.tadaserver.store.chat.ChatRepository;
import org.tadaserver.store.chat.ChatRow;
import org.tadaserver.store.chat.MemberRepository;
import org.tadaserver.store.chat.MemberRow;

/**
 * Who is in a group: listing, adding (or changing a status), removing and leaving, joining public groups, and the
 * {@code default_for_all} groups a new team member enters. Every change moves the group's {@code base_gentime} (the
 * member list is shared), posts a system {@code change} message, and tells the members: {@code server.chat.updated}
 * to everyone in the group afterwards (a new member gets the full chat), {@code server.chat.deleted} to who left.
 */
final class GroupMembers {
  private final TeamWrites writes;

  GroupMembers(TeamWrites writes) {
    this.writes = writes;
  }

  /** The current members, admins first; for members of the group only. */
  Future<List<GroupMembership>> list(Membership actor, String jid) {
    SqlClient client = writes.pool();
    return ChatFailures.mapped(GroupWrites.group(client, actor, jid).compose(t -> {
      boolean admin = ChatRights.isChatAdmin(actor, t);
      return new MemberRepository(client).active(t.chat().uid()).map(rows -> rows.stream()
          .map(m -> membership(m, admin || m.contactUid().equals(actor.contact()))).toList());
    }));
  }

  /**
   * Adds a contact with a status (member when not given), or changes the status of a current member. Group admins
   * add anyone and set statuses; in a public group any member adds members.
   */
  Future<GroupMembership> add(Membership actor, String jid, GroupMembership wanted) {
    if (wanted == null || wanted.jid() == null || !wanted.jid().isContact()) {
      return Future.failedFuture(ServiceException.invalid("jid", "a contact jid (d-...) is required"));
    }
    UUID contact = wanted.jid().uuid();
    GroupStatus status = wanted.status() == null ? GroupStatus.MEMBER : wanted.status();
    return writes.write(actor.team(), (tx, gentime) -> writable(tx, actor, jid).compose(t -> {
      boolean admin = ChatRights.isChatAdmin(actor, t);
      return new MemberRepository(tx).find(t.chat().uid(), contact).compose(existing -> {
        if (existing.isPresent() && existing.get().isMember()) {
          return changeStatus(tx, actor, t, existing.get(), status, admin, gentime);
        }
        if (!admin && (!t.chat().isPublic() || status == GroupStatus.ADMIN)) {
          return Future.failedFuture(ServiceException.accessDenied("Only group admins can add members"));
        }
        return Joins.liveContact(tx, actor.team(), contact, null)
            .compose(c -> new MemberRepository(tx).join(t.chat().uid(), actor.team(), contact,
                GroupRoles.stored(status), gentime))
            .compose(row -> changed(tx, actor, t.chat(), List.of(), gentime,
                Joins.names(tx, actor.team(), List.of(actor.contact(), contact))
                    .map(n -> n.get(actor.contact()) + " added " + n.get(contact)))
                .map(c -> c.withValue(membership(row, true))));
      });
    }));
  }

  /** Removes a member: group admins remove anyone, everyone may leave. The removed user gets chat.deleted. */
  Future<GroupMembership> remove(Membership actor, String jid, String contactJid) {
    UUID contact;
    try {
      Jid parsed = Jid.parse(contactJid);
      if (!parsed.isContact()) {
        throw new IllegalArgumentException("not a contact");
      }
      contact = parsed.uuid();
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(ServiceException.invalid("contact", "a contact jid (d-...) is required"));
    }
    boolean self = contact.equals(actor.contact());
    return writes.write(actor.team(), (tx, gentime) -> writable(tx, actor, jid).compose(t -> {
      if (!self && !ChatRights.isChatAdmin(actor, t)) {
        return Future.failedFuture(ServiceException.accessDenied("Only group admins can remove members"));
      }
      MemberRepository members = new MemberRepository(tx);
      return members.find(t.chat().uid(), contact).compose(found -> {
        if (found.isEmpty() || !found.get().isMember()) {
          return Future.failedFuture(ServiceException.notFound("member"));
        }
        GroupMembership removed = membership(found.get(), false);
        Future<String> title = Joins.names(tx, actor.team(), List.of(actor.contact(), contact))
            .map(n -> self ? n.get(contact) + " left the group"
                : n.get(actor.contact()) + " removed " + n.get(contact));
        return members.leave(t.chat().uid(), contact, gentime)
            .compose(left -> ChatEvents.deleted(tx, actor.team(), t.chat(), List.of(contact), gentime))
            .compose(gone -> changed(tx, actor, t.chat(), gone, gentime, title))
            .map(c -> c.withValue(removed));
      });
    }));
  }

  /** Joins a public group (non-guests); joining a group one is in changes nothing. */
  Future<Chat> join(Membership actor, String jid) {
    return writes.write(actor.team(), (tx, gentime) -> new ChatAccess(tx).resolve(actor, jid).compose(t -> {
      if (!t.exists() || !t.chat().isGroup()) {
        return Future.failedFuture(ServiceException.notFound("group " + jid));
      }
      if (t.isMember()) {
        return new ChatReads(tx).view(actor, t).map(Committed::quiet);
      }
      if (!ChatRights.canSeeAsJoinable(actor.status(), t.chat())) {
        return Future.failedFuture(ServiceException.notFound("group " + jid));
      }
      return new MemberRepository(tx).join(t.chat().uid(), actor.team(), actor.contact(), MemberRow.MEMBER, gentime)
          .compose(row -> changed(tx, actor, t.chat(), List.of(), gentime,
              Joins.names(tx, actor.team(), List.of(actor.contact()))
                  .map(n -> n.get(actor.contact()) + " joined the group")))
          .compose(c -> new ChatAccess(tx).resolve(actor, t.jid()).compose(now -> new ChatReads(tx).view(actor, now))
              .map(c::withValue));
    }));
  }

  /** Puts a new team member into the team's {@code default_for_all} groups (not guests, not bots). */
  Future<Void> contactJoined(Membership joined) {
    if (!Rights.canCreateShared(joined.status())) {
      return Future.succeededFuture();
    }
    return writes.write(joined.team(), (tx, gentime) -> new ChatRepository(tx).defaultForAll(joined.team())
        .compose(groups -> {
          Future<Committed<Void>> chain = Future.succeededFuture(Committed.quiet(null));
          for (ChatRow group : groups) {
            chain = chain.compose(done -> enter(tx, joined, group, gentime).map(done::then));
          }
          return chain;
        }));
  }

  private Future<List<Delivery>> enter(SqlClient tx, Membership joined, ChatRow group, long gentime) {
    MemberRepository members = new MemberRepository(tx);
    return members.find(group.uid(), joined.contact()).compose(existing -> {
      if (existing.isPresent() && existing.get().isMember()) {
        return Future.succeededFuture(List.of());
      }
      return members.join(group.uid(), joined.team(), joined.contact(), MemberRow.MEMBER, gentime)
          .compose(row -> changed(tx, joined, group, List.of(), gentime,
              Joins.names(tx, joined.team(), List.of(joined.contact()))
                  .map(n -> n.get(joined.contact()) + " joined the group")))
          .map(Committed::deliveries);
    });
  }

  private Future<Committed<GroupMembership>> changeStatus(SqlClient tx, Membership actor, ChatTarget t,
      MemberRow member, GroupStatus status, boolean admin, long gentime) {
    // in a private group only its admins add: a no-op is refused to the others too, as any add of theirs is (in a
    // public group anyone may add, and no change is no change)
    boolean same = GroupRoles.status(member) == status;
    if (same && !admin && !t.chat().isPublic()) {
      return Future.failedFuture(ServiceException.accessDenied("Only group admins can add members"));
    }
    if (same) {
      return Future.succeededFuture(Committed.quiet(membership(member, admin)));
    }
    if (!admin) {
      return Future.failedFuture(ServiceException.accessDenied("Only group admins can change member statuses"));
    }
    return new MemberRepository(tx).setStatus(t.chat().uid(), member.contactUid(), GroupRoles.stored(status), gentime)
        .compose(row -> new ChatRepository(tx).touch(t.chat().uid(), gentime)
            .compose(chat -> new MemberRepository(tx).active(chat.uid()))
            .compose(all -> ChatEvents.updated(tx, actor.team(), t.chat().uid(), ChatEvents.contacts(all), false))
            .map(events -> new Committed<>(membership(row, true), events)));
  }

  /**
   * After a member change: the version moves, the system message is posted, and every current member gets the chat
   * (after {@code before}, the events to who left).
   */
  private static Future<Committed<Void>> changed(SqlClient tx, Membership actor, ChatRow chat, List<Delivery> before,
      long gentime, Future<String> title) {
    return new ChatRepository(tx).touch(chat.uid(), gentime)
        .compose(c -> title)
        .compose(text -> Joins.announce(tx, actor.team(), chat.uid(), actor.contact(), text))
        .compose(posted -> new MemberRepository(tx).active(chat.uid())
            .compose(all -> ChatEvents.updated(tx, actor.team(), chat.uid(), ChatEvents.contacts(all), false))
            .map(updated -> {
              List<Delivery> out = new ArrayList<>(before);
              out.addAll(updated);
              out.addAll(posted);
              return new Committed<Void>(null, out);
            }));
  }

  /** The group for a member who may change it: live, and the actor in it. */
  private static Future<ChatTarget> writable(SqlClient tx, Membership actor, String jid) {
    return GroupWrites.group(tx, actor, jid).compose(t -> t.isArchived()
        ? Future.failedFuture(ServiceException.accessDenied(ChatRights.ARCHIVED_CHAT)) : Future.succeededFuture(t));
  }

  private static GroupMembership membership(MemberRow m, boolean canRemove) {
    return new GroupMembership(Jid.contact(m.contactUid()), GroupRoles.status(m) == null ? GroupStatus.MEMBER
        : GroupRoles.status(m), canRemove);
  }

}

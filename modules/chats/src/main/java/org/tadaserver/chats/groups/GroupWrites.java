package org.tadaserver.chats.groups;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.bus.Delivery;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.access.ChatAccess;
import org.tadaserver.chats.access.ChatRights;
import org.tadaserver.chats.access.ChatTarget;
import org.tadaserver.directory.Membership;
import org.tadaserver.directory.rules.Rights;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.GroupStatus;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.rest.GroupRequest;
import org.tadaserver.store.chat.ChatRepository;
import org.tadaserver.store.chat.ChatRow;
import org.tadaserver.store.chat.GroupChange;
import org.tadaserver.store.chat.MemberRepository;
import org.tadaserver.store.chat.MemberRow;
import org.tadaserver.store.chat.NewGroup;

/** Creating, changing and deleting groups (protocol-reference §2.3 "Groups", §3.6). */
public final class GroupWrites {
  static final String CREATED = "Group created";

  private final TeamWrites writes;
  private final GroupRequests requests;

  GroupWrites(TeamWrites writes, GroupRequests requests) {
    this.writes = writes;
    this.requests = requests;
  }

  /**
   * Creates a group: the actor becomes its admin, the listed contacts its members; a {@code default_for_all} group
   * takes in every team member at once. Guests create no groups; only team admins make one {@code default_for_all}.
   */
  Future<Chat> create(Membership actor, GroupRequest r) {
    NewGroup group;
    Map<UUID, GroupStatus> listed;
    try {
      if (!Rights.canCreateShared(actor.status())) {
        throw ServiceException.accessDenied("Guests can't create groups");
      }
      if (Boolean.TRUE.equals(r.defaultForAll()) && !actor.isAdmin()) {
        throw ServiceException.accessDenied("Only team admins can make a group for everyone");
      }
      group = new NewGroup(UUID.randomUUID(), actor.team(), actor.contact(), requests.requiredTitle(r.displayName()),
          orEmpty(requests.description(r.description())), Boolean.TRUE.equals(r.isPublic()),
          Boolean.TRUE.equals(r.defaultForAll()), Boolean.TRUE.equals(r.readonlyForMembers()),
          GroupRequests.autocleanupAge(r.autocleanupAge()), GroupRequests.section(r.section()));
      listed = GroupRequests.members(r.members());
    } catch (ServiceException e) {
      return Future.failedFuture(e);
    }
    listed.remove(actor.contact());
    return writes.write(actor.team(), (tx, gentime) -> checkContacts(tx, actor, listed.keySet())
        .compose(v -> new ChatRepository(tx).insertGroup(group, gentime))
        .compose(chat -> new MemberRepository(tx).join(chat.uid(), actor.team(), actor.contact(), MemberRow.ADMIN,
            gentime).map(chat))
        .compose(chat -> Joins.add(tx, chat, listed, gentime).map(chat))
        .compose(chat -> chat.defaultForAll() ? takeInEveryone(tx, chat, gentime) : Future.succeededFuture())
        .compose(v -> Joins.announce(tx, actor.team(), group.uid(), actor.contact(), CREATED))
        .compose(posted -> answer(tx, actor, Jid.group(group.uid()), posted)));
  }

  /**
   * Changes a group's shared settings: group admins (and team admins in it), with the field rules of
   * {@link ChatFields}.
   */
  Future<Chat> update(Membership actor, String jid, GroupRequest r) {
    GroupChange change;
    try {
      change = requests.change(r);
    } catch (ServiceException e) {
      return Future.failedFuture(e);
    }
    return writes.write(actor.team(), (tx, gentime) -> group(tx, actor, jid).compose(t -> {
      if (t.isArchived()) {
        return Future.failedFuture(ServiceException.accessDenied(ChatRights.ARCHIVED_CHAT));
      }
      ServiceException denied = denied(t.chat(), change,
          ChatFields.shared(ChatRights.isChatAdmin(actor, t), actor.status()));
      return denied != null ? Future.failedFuture(denied) : apply(tx, actor, t, change, gentime);
    }));
  }

  /**
   * Applies shared changes already checked against the actor's rights; used by the group update and by
   * {@code PUT .../chats/{jid}}. Turning {@code default_for_all} on takes in every team member.
   */
  static Future<Committed<Chat>> apply(SqlClient tx, Membership actor, ChatTarget t, GroupChange change,
      long gentime) {
    if (change.isEmpty() || unchanged(t.chat(), change)) {
      return new ChatReads(tx).view(actor, t).map(Committed::quiet);
    }
    return new ChatRepository(tx).updateGroup(t.chat().uid(), change, gentime)
        .compose(chat -> chat.defaultForAll() && !t.chat().defaultForAll() ? takeInEveryone(tx, chat, gentime)
            : Future.succeededFuture())
        .compose(v -> answer(tx, actor, t.jid(), List.of()));
  }

  /** Archives a group; every member gets {@code server.chat.deleted}. Deleting a deleted group changes nothing. */
  Future<Chat> delete(Membership actor, String jid) {
    return writes.write(actor.team(), (tx, gentime) -> group(tx, actor, jid).compose(t -> {
      if (!ChatRights.isChatAdmin(actor, t)) {
        return Future.failedFuture(ServiceException.accessDenied("Only group admins can delete the group"));
      }
      if (t.isArchived()) {
        return new ChatReads(tx).view(actor, t).map(Committed::quiet);
      }
      return new MemberRepository(tx).active(t.chat().uid()).compose(members -> new ChatRepository(tx)
          .archive(t.chat().uid(), gentime)
          .compose(archived -> ChatEvents.deleted(tx, actor.team(), archived, ChatEvents.contacts(members), gentime)
              .compose(events -> new ChatAccess(tx).resolve(actor, t.jid())
                  .compose(now -> new ChatReads(tx).view(actor, now))
                  .map(chat -> new Committed<>(chat, events)))));
    }));
  }

  /** The group named by {@code jid} for a current member; NOT_FOUND for anything else. */
  static Future<ChatTarget> group(SqlClient tx, Membership actor, String jid) {
    return new ChatAccess(tx).resolveMember(actor, jid).compose(t -> t.exists() && t.chat().isGroup()
        ? Future.succeededFuture(t) : Future.failedFuture(ServiceException.notFound("group " + jid)));
  }

  /** Every team member who is not in the group joins it. */
  static Future<Void> takeInEveryone(SqlClient tx, ChatRow chat, long gentime) {
    return Joins.everyone(tx, chat.teamUid()).compose(all -> {
      Map<UUID, GroupStatus> statuses = new LinkedHashMap<>();
      all.forEach(c -> statuses.put(c, GroupStatus.MEMBER));
      return new MemberRepository(tx).active(chat.uid()).compose(in -> {
        in.forEach(m -> statuses.remove(m.contactUid()));
        return Joins.add(tx, chat, statuses, gentime).mapEmpty();
      });
    });
  }

  /**
   * The actor's view of the chat, with {@code server.chat.updated} for every current member (new members get the full
   * chat) followed by {@code more} events.
   */
  public static Future<Committed<Chat>> answer(SqlClient tx, Membership actor, Jid jid, List<Delivery> more) {
    return new ChatAccess(tx).resolve(actor, jid).compose(t -> new MemberRepository(tx).active(t.chat().uid())
        .compose(members -> ChatEvents.updated(tx, actor.team(), t.chat().uid(), ChatEvents.contacts(members), false))
        .compose(events -> new ChatReads(tx).view(actor, t).map(chat -> {
          List<Delivery> all = new ArrayList<>(events);
          all.addAll(more);
          return new Committed<>(chat, all);
        })));
  }

  private Future<Void> checkContacts(SqlClient tx, Membership actor, java.util.Set<UUID> contacts) {
    Future<Void> chain = Future.succeededFuture();
    for (UUID contact : contacts) {
      chain = chain.compose(v -> Joins.liveContact(tx, actor.team(), contact, "members").mapEmpty());
    }
    return chain;
  }

  /** A refusal when the change touches a field the actor may not change (an unchanged value is no change). */
  static ServiceException denied(ChatRow chat, GroupChange c, List<String> allowed) {
    if (c.title() != null && !c.title().equals(chat.title()) && !allowed.contains(ChatFields.DISPLAY_NAME)
        || c.description() != null && !c.description().equals(chat.description())
            && !allowed.contains(ChatFields.DESCRIPTION)
        || c.isPublic() != null && c.isPublic() != chat.isPublic() && !allowed.contains(ChatFields.PUBLIC)
        || c.defaultForAll() != null && c.defaultForAll() != chat.defaultForAll()
            && !allowed.contains(ChatFields.DEFAULT_FOR_ALL)
        || c.readonlyForMembers() != null && c.readonlyForMembers() != chat.readonlyForMembers()
            && !allowed.contains(ChatFields.READONLY_FOR_MEMBERS)
        || c.setAutocleanupAge() && !java.util.Objects.equals(c.autocleanupAge(), chat.autocleanupAge())
            && !allowed.contains(ChatFields.AUTOCLEANUP_AGE)) {
      return ServiceException.accessDenied("You can't change these settings of this group");
    }
    return null;
  }

  private static boolean unchanged(ChatRow chat, GroupChange c) {
    return (c.title() == null || c.title().equals(chat.title()))
        && (c.description() == null || c.description().equals(chat.description()))
        && (c.isPublic() == null || c.isPublic() == chat.isPublic())
        && (c.defaultForAll() == null || c.defaultForAll() == chat.defaultForAll())
        && (c.readonlyForMembers() == null || c.readonlyForMembers() == chat.readonlyForMembers())
        && (!c.setAutocleanupAge() || java.util.Objects.equals(c.autocleanupAge(), chat.autocleanupAge()));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}

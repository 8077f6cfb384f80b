package org.tadaserver.chats.groups;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.messages.SystemChange;
import org.tadaserver.chats.messages.SystemMessages;
import org.tadaserver.protocol.enums.GroupStatus;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.store.chat.ChatRow;
import org.tadaserver.store.chat.MemberRepository;
import org.tadaserver.store.chat.MemberRow;
import org.tadaserver.store.team.ContactFilter;
import org.tadaserver.store.team.ContactRepository;
import org.tadaserver.store.team.ContactRow;

/** Membership writes shared by the group operations, inside the caller's transaction. */
public final class Joins {
  private Joins() {}

  /**
   * Contacts that {@code default_for_all} groups take in: live humans of the team who are not guests. Guests are
   * restricted to the chats they are explicitly added to, so a team-wide group never reaches them by itself.
   */
  static Future<List<UUID>> everyone(SqlClient tx, UUID team) {
    ContactFilter live = ContactFilter.ALL.withArchived(false).withBots(false)
        .withStatuses(List.of(TeamStatus.OWNER.wire(), TeamStatus.ADMIN.wire(), TeamStatus.MEMBER.wire()));
    return new ContactRepository(tx).list(team, live).map(p -> p.items().stream().map(ContactRow::uid).toList());
  }

  /** Whether a contact may be put into a chat of {@code team}: it exists there and has not left the team. */
  public static Future<ContactRow> liveContact(SqlClient tx, UUID team, UUID contact, String field) {
    return new ContactRepository(tx).get(contact)
        .recover(e -> Future.failedFuture(ServiceException.notFound("contact")))
        .compose(c -> c.team().equals(team) && !c.isArchive() ? Future.succeededFuture(c)
            : Future.failedFuture(field == null ? ServiceException.notFound("contact")
                : ServiceException.invalid(field, "unknown contact d-" + contact)));
  }

  /** Makes the listed contacts members with their statuses (admins and members in two statements). */
  public static Future<List<MemberRow>> add(SqlClient tx, ChatRow chat, Map<UUID, GroupStatus> statuses, long gentime) {
    List<UUID> admins = new ArrayList<>();
    List<UUID> members = new ArrayList<>();
    statuses.forEach((contact, status) -> (status == GroupStatus.ADMIN ? admins : members).add(contact));
    MemberRepository repo = new MemberRepository(tx);
    return repo.joinAll(chat.uid(), admins, MemberRow.ADMIN, gentime)
        .compose(a -> repo.joinAll(chat.uid(), members, MemberRow.MEMBER, gentime).map(m -> {
          List<MemberRow> all = new ArrayList<>(a);
          all.addAll(m);
          return all;
        }));
  }

  /** Posts a system {@code change} message into the chat; returns the events to publish after commit. */
  static Future<List<org.tadaserver.bus.Delivery>> announce(SqlClient tx, UUID team, UUID chat, UUID actor,
      String title) {
    return SystemMessages.post(tx, team, SystemChange.of(chat, actor, title)).map(SystemMessages.Posted::deliveries);
  }

  /** Display names of contacts, for the texts of system messages. */
  public static Future<Map<UUID, String>> names(SqlClient tx, UUID team, List<UUID> contacts) {
    return new ContactRepository(tx).list(team, ContactFilter.ALL.withUids(contacts)).map(p -> {
      Map<UUID, String> out = new java.util.HashMap<>();
      p.items().forEach(c -> out.put(c.uid(), c.displayName()));
      return out;
    });
  }
}

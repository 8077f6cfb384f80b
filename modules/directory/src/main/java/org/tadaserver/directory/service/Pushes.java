package org.tadaserver.directory.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.bus.Delivery;
import org.tadaserver.directory.Membership;
import org.tadaserver.directory.model.ContactViews;
import org.tadaserver.directory.model.TeamViews;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.protocol.event.ServerContactUpdated;
import org.tadaserver.protocol.event.ServerLogin;
import org.tadaserver.protocol.event.ServerLogout;
import org.tadaserver.protocol.event.ServerTeamDeleted;
import org.tadaserver.protocol.event.ServerTeamUpdated;
import org.tadaserver.protocol.model.Contact;
import org.tadaserver.protocol.model.DeletedTeam;
import org.tadaserver.protocol.model.Team;
import org.tadaserver.protocol.model.TeamUnread;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.TeamRow;

/**
 * The deliveries of the directory's events, built after commit. Views differ per viewer ({@code can_*}, {@code me}),
 * so events are personalised; viewers who would see the same bytes share one delivery.
 */
final class Pushes {
  static final String LOGOUT_REASON = "logged out";

  private Pushes() {}

  /**
   * {@code server.contact.updated} with {@code changed} to the team's sessions of every member in {@code members},
   * one delivery per distinct view (in practice a handful: the contact itself, those who manage it, the rest).
   */
  static List<Delivery> contactsUpdated(UUID team, List<ContactRow> changed, List<ContactRow> members) {
    Map<List<Contact>, List<UUID>> usersByView = new LinkedHashMap<>();
    for (ContactRow member : members) {
      Membership viewer = viewer(member);
      List<Contact> view = changed.stream().map(row -> ContactViews.of(row, viewer)).toList();
      usersByView.computeIfAbsent(view, v -> new ArrayList<>()).add(member.user());
    }
    List<Delivery> out = new ArrayList<>(usersByView.size());
    usersByView.forEach((view, users) ->
        out.add(new Delivery(team, users, Events.toJson(new ServerContactUpdated(view)))));
    return out;
  }

  /**
   * {@code server.team.updated} to each member's sessions in every team, each with its own {@code me} and counters.
   *
   * @param unread counters by contact (see {@code UnreadViews}); a member missing from it has nothing unread
   */
  static List<Delivery> teamUpdated(TeamRow team, List<ContactRow> members, ContactRow owner,
      Map<UUID, TeamUnread> unread) {
    List<Delivery> out = new ArrayList<>(members.size());
    for (ContactRow member : members) {
      Team view = TeamViews.of(team, member, owner, viewer(member), List.of(),
          unread.getOrDefault(member.uid(), TeamUnread.EMPTY));
      out.add(new Delivery(null, List.of(member.user()), Events.toJson(new ServerTeamUpdated(List.of(view)))));
    }
    return out;
  }

  /** {@code server.team.deleted} to a user who left or was removed from the team. */
  static Delivery teamGone(UUID team, UUID user, long gentime) {
    DeletedTeam gone = new DeletedTeam(team.toString(), true, gentime);
    return new Delivery(null, List.of(user), Events.toJson(new ServerTeamDeleted(List.of(gone))));
  }

  /** {@code server.login} to the user's sessions in every team. */
  static Delivery login(UUID user, String deviceName) {
    return new Delivery(null, List.of(user), Events.toJson(new ServerLogin(deviceName)));
  }

  /**
   * {@code server.logout} to the user's sessions; the gateway passes it only to the sessions whose token no longer
   * authenticates (the revoked one) and closes them.
   */
  static Delivery logout(UUID user) {
    return new Delivery(null, List.of(user), Events.toJson(new ServerLogout(LOGOUT_REASON)));
  }

  /** The membership a contact row stands for. */
  static Membership viewer(ContactRow row) {
    return new Membership(row.team(), row.user(), row.uid(), ContactViews.status(row));
  }
}

package org.tadaserver.directory.service;

import io.vertx.core.Future;
import java.util.Optional;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Membership;
import org.tadaserver.directory.model.Icons;
import org.tadaserver.directory.model.Names;
import org.tadaserver.directory.rules.Checks;
import org.tadaserver.directory.rules.Rights;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.rest.ContactRequest;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.account.UserRow;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.ContactUpdate;
import org.tadaserver.store.team.NewContact;
import org.tadaserver.store.team.TeamRow;
import org.tadaserver.store.team.TeamSettings;

/**
 * A user joining a team: finding the account a request names, and making (or bringing back) its contact. A user has
 * at most one contact per team; joining again returns the contact that is there, and a removed (archived) contact
 * comes back with the status asked for rather than its old one, so re-adding a former admin does not restore admin
 * rights by surprise.
 */
final class Joins {
  private static final ContactRequest NO_PROFILE = Wire.fromJson("{}", ContactRequest.class);

  private Joins() {}

  /** What joining did. */
  record Joined(ContactRow contact, boolean changed) {}

  /**
   * The live account the request names by {@code user_uid}, {@code phone} or {@code contact_email} (in that order);
   * {@code NOT_FOUND} when there is none, {@code INVALID_DATA} when the request names none.
   */
  static Future<UserRow> account(Repos repos, ContactRequest r) {
    Future<Optional<UserRow>> found;
    if (r.userUid() != null) {
      UUID uid;
      try {
        uid = UUID.fromString(r.userUid().strip());
      } catch (IllegalArgumentException e) {
        return Future.failedFuture(ServiceException.invalid("user_uid", "must be a uuid"));
      }
      found = repos.users.get(uid).map(Optional::of)
          .recover(e -> e instanceof StoreException.NotFound ? Future.succeededFuture(Optional.empty())
              : Future.failedFuture(e));
    } else if (r.phone() != null) {
      found = repos.users.findByPhone(Checks.accountPhone(r.phone()));
    } else if (r.contactEmail() != null) {
      found = repos.users.findByEmail(r.contactEmail());
    } else {
      return Future.failedFuture(ServiceException.invalid("user_uid", "give user_uid, phone or contact_email"));
    }
    return found.compose(user -> user.isPresent() && !user.get().isArchive() ? Future.succeededFuture(user.get())
        : Future.failedFuture(ServiceException.notFound("user")));
  }

  /** The status an admin gives a new member: the request's, or member; never owner. */
  static TeamStatus status(ContactRequest r, Membership actor) {
    TeamStatus wanted = r.status() == null ? TeamStatus.MEMBER : r.status();
    if (wanted == TeamStatus.OWNER || !Rights.changeableStatuses(actor.status()).contains(wanted)) {
      throw ServiceException.accessDenied("you may not add a member as " + wanted.wire());
    }
    return wanted;
  }

  /** Adds {@code user} with {@code status}, returns its live contact unchanged, or brings back its removed one. */
  static Future<Joined> join(Repos tx, TeamRow team, UserRow user, TeamStatus status, ContactRequest profile,
      Limits limits, long gentime) {
    return tx.contacts.getByTeamAndUser(team.uid(), user.uid())
        .compose(existing -> existing.isArchive()
            ? rejoin(tx, existing, status, gentime).map(c -> new Joined(c, true))
            : Future.succeededFuture(new Joined(existing, false)))
        .recover(e -> e instanceof StoreException.NotFound
            ? tx.contacts.insert(newContact(team, user, status, profile, limits), gentime).map(c -> new Joined(c, true))
            : Future.failedFuture(e));
  }

  private static Future<ContactRow> rejoin(Repos tx, ContactRow old, TeamStatus status, long gentime) {
    return tx.contacts.restore(old.uid(), gentime)
        .compose(c -> tx.contacts.update(c.uid(), ContactUpdate.NONE.withStatus(status.wire()), gentime));
  }

  /** The new contact's values: names from the request or else the account, display names by the team's rules. */
  static NewContact newContact(TeamRow team, UserRow user, TeamStatus status, ContactRequest profile, Limits limits) {
    ContactRequest p = profile == null ? NO_PROFILE : profile;
    int max = limits.maxUsernamePartLength();
    String given = or(Checks.text("given_name", p.givenName(), max), user.givenName());
    String family = or(Checks.text("family_name", p.familyName(), max), user.familyName());
    String patronymic = or(Checks.text("patronymic", p.patronymic(), max), user.patronymic());
    TeamSettings s = team.settings();
    String display = Names.displayName(given, family, patronymic, user.username(), s.displayFamilyNameFirst(),
        s.usePatronymic());
    UUID uid = UUID.randomUUID();
    return NewContact.member(team.uid(), user.uid(), status.wire(), display, Names.shortName(given, user.username()),
            Icons.letters(display), Icons.color(uid))
        .withUid(uid)
        .withNames(given, family, patronymic)
        .withRole(Checks.text("role", p.role(), limits.maxRoleLength()))
        .withContactInfo(Checks.email("contact_email", p.contactEmail()),
            Checks.phone("contact_phone", p.contactPhone()));
  }

  private static String or(String value, String fallback) {
    return value == null || value.isEmpty() ? fallback : value;
  }
}

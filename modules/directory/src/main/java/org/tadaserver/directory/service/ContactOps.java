package org.tadaserver.directory.service;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.bus.Delivery;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Caller;
import org.tadaserver.directory.DirectoryEvents;
import org.tadaserver.directory.ContactFilter;
import org.tadaserver.directory.Membership;
import org.tadaserver.directory.model.ContactViews;
import org.tadaserver.directory.rules.Rights;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.Contact;
import org.tadaserver.protocol.rest.ContactRequest;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.ContactUpdate;

/**
 * Contacts of a team: listing, reading, adding an existing account, changing and removing (archiving). Every change
 * runs in one transaction stamped from the team's clock, then goes out as {@code server.contact.updated} to the
 * team's members (and {@code server.team.updated}/{@code server.team.deleted} to whoever joined, changed rank or left).
 */
final class ContactOps {
  private final Vertx vertx;
  private final Pool pool;
  private final Limits limits;

  ContactOps(Vertx vertx, Pool pool, Limits limits) {
    this.vertx = vertx;
    this.pool = pool;
    this.limits = limits;
  }

  Future<List<Contact>> contacts(Caller caller, UUID team, ContactFilter filter) {
    Repos repos = new Repos(pool);
    return Access.load(repos, caller, team).compose(a -> Futures.attempt(() ->
        repos.contacts.list(team, ContactFilters.toStore(filter, a.me().uid()))
            .map(page -> page.items().stream().map(c -> ContactViews.of(c, a.membership())).toList())));
  }

  Future<Contact> contact(Caller caller, UUID team, String jid) {
    Repos repos = new Repos(pool);
    return Access.load(repos, caller, team)
        .compose(a -> target(repos, a, jid).map(c -> ContactViews.of(c, a.membership())));
  }

  Future<Contact> addContact(Caller caller, UUID team, ContactRequest request) {
    return Access.load(new Repos(pool), caller, team).compose(a -> Futures.attempt(() -> {
      a.requireAdmin("add members");
      TeamStatus status = Joins.status(request, a.membership());
      return pool.withTransaction(conn -> {
        Repos tx = new Repos(conn);
        return tx.stamp(team).compose(g -> Joins.account(tx, request)
            .compose(user -> Joins.join(tx, a.team(), user, status, request, limits, g)));
      }).compose(joined -> {
        if (joined.changed()) {
          return pushJoined(a, joined.contact()).map(ContactViews.of(joined.contact(), a.membership()));
        }
        return Future.succeededFuture(ContactViews.of(joined.contact(), a.membership()));
      });
    }));
  }

  Future<Contact> updateContact(Caller caller, UUID team, String jid, ContactRequest request) {
    Repos repos = new Repos(pool);
    return Access.load(repos, caller, team).compose(a -> target(repos, a, jid).compose(target ->
        username(repos, target).compose(username -> Futures.attempt(() -> {
          ContactChanges changes = ContactChanges.of(request, target, a.membership(), username,
              a.team().settings(), limits);
          if (changes.isEmpty()) {
            return Future.succeededFuture(ContactViews.of(target, a.membership()));
          }
          return pool.withTransaction(conn -> apply(new Repos(conn), a, target, changes))
              .compose(changed -> pushChanged(a, changes, changed));
        }))));
  }

  Future<Contact> archiveContact(Caller caller, UUID team, String jid) {
    Repos repos = new Repos(pool);
    return Access.load(repos, caller, team).compose(a -> target(repos, a, jid).compose(target -> {
      if (target.isArchive()) {
        return Future.succeededFuture(ContactViews.of(target, a.membership()));
      }
      boolean self = target.uid().equals(a.me().uid());
      if (!Rights.canArchive(a.membership().status(), ContactViews.status(target), self)) {
        return Future.failedFuture(ServiceException.accessDenied("you may not remove this contact"));
      }
      return pool.withTransaction(conn -> {
        Repos tx = new Repos(conn);
        return tx.stamp(team).compose(g -> tx.contacts.archive(target.uid(), g));
      }).compose(gone -> pushRemoved(a, gone).map(ContactViews.of(gone, a.membership())));
    }));
  }

  Future<Void> recordLastActivity(UUID team, String jid, Instant at) {
    Jid parsed;
    try {
      parsed = Jid.parse(jid);
    } catch (IllegalArgumentException e) {
      parsed = null;
    }
    if (parsed == null || !parsed.isContact() || team == null || at == null) {
      return Future.failedFuture(ServiceException.badRequest("a team, a contact jid and a time are required"));
    }
    return new Repos(pool).contacts.recordLastActivity(team, parsed.uuid(), at);
  }

  /** The contact {@code jid} names in the caller's team; {@code NOT_FOUND} for anything else. */
  private static Future<ContactRow> target(Repos repos, Access a, String jid) {
    Jid parsed;
    try {
      parsed = Jid.parse(jid);
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(ServiceException.notFound("contact"));
    }
    if (!parsed.isContact()) {
      return Future.failedFuture(ServiceException.notFound("contact"));
    }
    return repos.contacts.get(parsed.uuid())
        .recover(e -> Future.failedFuture(
            e instanceof StoreException.NotFound ? ServiceException.notFound("contact") : e))
        .compose(c -> c.team().equals(a.team().uid()) ? Future.succeededFuture(c)
            : Future.failedFuture(ServiceException.notFound("contact")));
  }

  private static Future<String> username(Repos repos, ContactRow c) {
    return c.isBot() ? Future.succeededFuture(c.botname()) : repos.users.get(c.user()).map(u -> u.username());
  }

  /** The contact and, when ownership moved, the old owner (now an admin), as committed. */
  private Future<List<ContactRow>> apply(Repos tx, Access a, ContactRow target, ContactChanges changes) {
    ContactUpdate update = changes.status() == null ? changes.update()
        : changes.update().withStatus(changes.status().wire());
    return tx.stamp(a.team().uid()).compose(g -> {
      Future<ContactRow> row = tx.contacts.update(target.uid(), update, g);
      if (changes.sections() != null) {
        row = row.compose(r -> tx.contacts.setSections(r.uid(), changes.sections(), g))
            .recover(e -> Future.failedFuture(e instanceof StoreException.NotFound
                ? ServiceException.invalid("sections", "unknown section") : e));
      }
      if (changes.status() != TeamStatus.OWNER) {
        return row.map(List::of);
      }
      return row.compose(r -> tx.contacts.update(a.me().uid(),
          ContactUpdate.NONE.withStatus(TeamStatus.ADMIN.wire()), g).map(oldOwner -> List.of(r, oldOwner)));
    });
  }

  private Future<Contact> pushChanged(Access a, ContactChanges changes, List<ContactRow> changed) {
    ContactRow me = changed.stream().filter(c -> c.uid().equals(a.me().uid())).findFirst().orElse(a.me());
    Membership viewer = Pushes.viewer(me);
    return push(a, changed, changes.status() != null, List.of())
        .map(v -> ContactViews.of(changed.get(0), viewer));
  }

  private Future<Void> pushJoined(Access a, ContactRow joined) {
    DirectoryEvents.contactJoined(vertx, Pushes.viewer(joined));
    return push(a, List.of(joined), false, List.of(joined));
  }

  private Future<Void> pushRemoved(Access a, ContactRow gone) {
    return new Repos(pool).members(a.team().uid()).map(members -> {
      List<ContactRow> audience = new ArrayList<>(members);
      audience.add(gone);
      List<Delivery> out = new ArrayList<>(Pushes.contactsUpdated(a.team().uid(), List.of(gone), audience));
      out.add(Pushes.teamGone(a.team().uid(), gone.user(), gone.gentime()));
      Deliveries.publish(vertx, out);
      return null;
    });
  }

  /**
   * Publishes {@code server.contact.updated} for {@code changed} to the members, and {@code server.team.updated} to
   * all members when ranks changed (the owner, rights and changeable statuses differ), else to {@code teamFor}.
   */
  private Future<Void> push(Access a, List<ContactRow> changed, boolean ranksChanged, List<ContactRow> teamFor) {
    Repos repos = new Repos(pool);
    UUID team = a.team().uid();
    return repos.members(team).compose(members -> repos.owner(team).compose(owner -> {
      List<ContactRow> teamAudience = ranksChanged ? members : teamFor;
      return repos.unread(teamAudience).map(unread -> {
        List<Delivery> out = new ArrayList<>(Pushes.contactsUpdated(team, changed, members));
        if (!teamAudience.isEmpty()) {
          out.addAll(Pushes.teamUpdated(a.team(), teamAudience, owner, unread));
        }
        Deliveries.publish(vertx, out);
        return (Void) null;
      });
    }));
  }
}

package org.tadaserver.directory.service;

import org.tadaserver.protocol.model.TeamUnread;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.bus.Delivery;
import org.tadaserver.directory.Caller;
import org.tadaserver.directory.Membership;
import org.tadaserver.directory.model.ContactViews;
import org.tadaserver.directory.model.Icons;
import org.tadaserver.directory.model.TeamViews;
import org.tadaserver.directory.model.UserViews;
import org.tadaserver.protocol.Gentime;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.Contact;
import org.tadaserver.protocol.model.Team;
import org.tadaserver.protocol.model.UserWithMe;
import org.tadaserver.protocol.rest.ContactRequest;
import org.tadaserver.protocol.rest.TeamRequest;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.ContactUpdate;
import org.tadaserver.store.team.NewTeam;
import org.tadaserver.store.team.TeamRow;
import org.tadaserver.store.team.TeamSettings;

/** Teams: the caller's list, one team, creating one (the caller becomes its owner) and changing its settings. */
final class TeamOps {
  private final Vertx vertx;
  private final Pool pool;
  private final Limits limits;

  TeamOps(Vertx vertx, Pool pool, Limits limits) {
    this.vertx = vertx;
    this.pool = pool;
    this.limits = limits;
  }

  Future<Membership> membership(Caller caller, UUID team) {
    return Access.load(new Repos(pool), caller, team).map(Access::membership);
  }

  Future<List<Team>> teams(Caller caller) {
    return teamsOf(new Repos(pool), caller.user());
  }

  Future<Team> team(Caller caller, UUID team) {
    Repos repos = new Repos(pool);
    return Access.load(repos, caller, team).compose(a -> view(repos, a.team(), a.me(), List.of()));
  }

  /** The account with its live teams, as {@code Auth.me}. */
  Future<UserWithMe> userWithMe(Repos repos, UUID user) {
    return repos.users.get(user).compose(row -> teamsOf(repos, user).map(teams -> UserViews.of(row, teams)));
  }

  Future<Team> createTeam(Caller caller, TeamRequest request) {
    return Futures.attempt(() -> {
      TeamSettings settings = TeamChanges.forCreate(request, limits);
      String name = TeamChanges.name(request.name(), limits);
      List<ContactRequest> invites = request.contacts() == null ? List.of() : request.contacts();
      UUID uid = UUID.randomUUID();
      NewTeam team = new NewTeam(uid, name, Icons.letters(name), Icons.color(uid), settings);
      return pool.withTransaction(conn -> create(new Repos(conn), caller.user(), team, invites));
    }).compose(created -> afterCreate(created, caller.user()));
  }

  Future<Team> updateTeam(Caller caller, UUID team, TeamRequest request) {
    Repos repos = new Repos(pool);
    return Access.load(repos, caller, team).compose(a -> {
      boolean pinnedNow = a.me().settings().getBoolean(TeamViews.PINNED_KEY, false);
      TeamChanges changes = TeamChanges.of(request, a.team(), a.isAdmin(), pinnedNow, limits);
      if (changes.update() == null && changes.pinned() == null) {
        return view(repos, a.team(), a.me(), List.of());
      }
      return pool.withTransaction(conn -> update(new Repos(conn), a, changes))
          .compose(updated -> afterUpdate(updated, a));
    });
  }

  private record Created(TeamRow team, List<ContactRow> contacts) {}

  private Future<Created> create(Repos tx, UUID owner, NewTeam team, List<ContactRequest> invites) {
    return tx.users.get(owner).compose(user -> tx.teams.insert(team, Gentime.next())
        .compose(row -> tx.stamp(row.uid()).compose(g ->
            Joins.join(tx, row, user, TeamStatus.OWNER, null, limits, g)
                .compose(me -> Futures.inOrder(invites, invite -> invite(tx, row, me.contact(), invite, g))
                    .map(added -> {
                      List<ContactRow> all = new ArrayList<>();
                      all.add(me.contact());
                      added.stream().filter(c -> !c.uid().equals(me.contact().uid())).forEach(all::add);
                      return new Created(row, all);
                    })))));
  }

  private Future<ContactRow> invite(Repos tx, TeamRow team, ContactRow owner, ContactRequest invite, long g) {
    return Futures.attempt(() -> {
      TeamStatus status = Joins.status(invite, Pushes.viewer(owner));
      return Joins.account(tx, invite)
          .compose(user -> Joins.join(tx, team, user, status, invite, limits, g))
          .map(Joins.Joined::contact);
    });
  }

  private Future<Team> afterCreate(Created created, UUID caller) {
    ContactRow owner = created.contacts().get(0);
    // A new team: nothing is unread in it for anybody yet.
    Deliveries.publish(vertx, Pushes.teamUpdated(created.team(), created.contacts(), owner, Map.of()));
    Membership viewer = Pushes.viewer(owner);
    List<Contact> contacts = created.contacts().stream().map(c -> ContactViews.of(c, viewer)).toList();
    return Future.succeededFuture(TeamViews.of(created.team(), owner, owner, viewer, contacts, TeamUnread.EMPTY));
  }

  private record Updated(TeamRow team, ContactRow me, List<ContactRow> renamed, boolean teamChanged) {}

  private Future<Updated> update(Repos tx, Access a, TeamChanges changes) {
    UUID team = a.team().uid();
    return tx.stamp(team).compose(g -> {
      Future<TeamRow> row = changes.update() == null ? Future.succeededFuture(a.team())
          : tx.teams.update(team, changes.update(), g);
      Future<ContactRow> me = changes.pinned() == null ? Future.succeededFuture(a.me())
          : tx.contacts.update(a.me().uid(), ContactUpdate.NONE.withSettingsPatch(
              new JsonObject().put(TeamViews.PINNED_KEY, changes.pinned())), g);
      return row.compose(t -> me.compose(m -> (changes.nameOrderChanged()
              ? Renames.afterNameOrderChange(tx, t, g) : Future.succeededFuture(List.<ContactRow>of()))
          .map(renamed -> new Updated(t, renamedOrMe(m, renamed), renamed, changes.update() != null))));
    });
  }

  private static ContactRow renamedOrMe(ContactRow me, List<ContactRow> renamed) {
    return renamed.stream().filter(c -> c.uid().equals(me.uid())).findFirst().orElse(me);
  }

  private Future<Team> afterUpdate(Updated u, Access a) {
    Repos repos = new Repos(pool);
    UUID team = u.team().uid();
    return repos.members(team).compose(members -> repos.owner(team).compose(owner -> {
      List<ContactRow> audience = u.teamChanged() ? members : List.of(u.me());
      return repos.unread(audience).map(unread -> {
        List<Delivery> out = new ArrayList<>();
        if (!u.renamed().isEmpty()) {
          out.addAll(Pushes.contactsUpdated(team, u.renamed(), members));
        }
        out.addAll(Pushes.teamUpdated(u.team(), audience, owner, unread));
        Deliveries.publish(vertx, out);
        return TeamViews.of(u.team(), u.me(), owner, a.membership(), List.of(),
            unread.getOrDefault(u.me().uid(), TeamUnread.EMPTY));
      });
    }));
  }

  private Future<Team> view(Repos repos, TeamRow team, ContactRow me, List<Contact> contacts) {
    return repos.owner(team.uid()).compose(owner -> repos.unread(List.of(me)).map(unread ->
        TeamViews.of(team, me, owner, Pushes.viewer(me), contacts, unread.getOrDefault(me.uid(), TeamUnread.EMPTY))));
  }

  /** The user's live teams, each with its {@code me} and owner, in the store's order (by name). */
  private Future<List<Team>> teamsOf(Repos repos, UUID user) {
    return repos.contacts.listForUser(user).compose(mine -> {
      Map<UUID, ContactRow> meByTeam = mine.stream().collect(Collectors.toMap(ContactRow::team, Function.identity()));
      return repos.teams.listForUser(user).compose(teams -> Futures.inOrder(
          teams.stream().filter(t -> !t.isArchive() && meByTeam.containsKey(t.uid())).toList(),
          t -> view(repos, t, meByTeam.get(t.uid()), List.of())));
    });
  }
}

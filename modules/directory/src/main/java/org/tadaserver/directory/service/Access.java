package org.tadaserver.directory.service;

import io.vertx.core.Future;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Caller;
import org.tadaserver.directory.Membership;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.TeamRow;

/**
 * A caller's proven place in a team: the live team, the caller's live contact in it and the membership they make.
 * Loading it is the check every team-scoped operation starts with; an unknown team, an archived one and someone
 * else's all fail the same way ({@code NOT_FOUND}), so nothing leaks about teams the caller is not in.
 */
record Access(TeamRow team, ContactRow me, Membership membership) {

  static Future<Access> load(Repos repos, Caller caller, UUID team) {
    if (caller == null || team == null) {
      return Future.failedFuture(Repos.teamNotFound());
    }
    return repos.teams.get(team)
        .compose(row -> repos.contacts.getByTeamAndUser(team, caller.user()).map(me -> access(row, me)))
        .recover(e -> Future.failedFuture(e instanceof StoreException.NotFound ? Repos.teamNotFound() : e));
  }

  private static Access access(TeamRow team, ContactRow me) {
    if (team.isArchive() || me.isArchive()) {
      throw Repos.teamNotFound();
    }
    return new Access(team, me, Pushes.viewer(me));
  }

  boolean isAdmin() {
    return membership.isAdmin();
  }

  /** Fails with {@code ACCESS_DENIED} unless the caller is an admin or the owner of the team. */
  void requireAdmin(String action) {
    if (!isAdmin()) {
      throw ServiceException.accessDenied("only team admins may " + action);
    }
  }
}

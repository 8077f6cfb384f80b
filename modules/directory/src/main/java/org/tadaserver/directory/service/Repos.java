package org.tadaserver.directory.service;

import org.tadaserver.store.chat.CounterRepository;
import org.tadaserver.protocol.model.TeamUnread;
import org.tadaserver.directory.model.UnreadViews;
import java.util.Map;
import java.util.Collection;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.Gentime;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.store.Page;
import org.tadaserver.store.account.PasswordRepository;
import org.tadaserver.store.account.TokenRepository;
import org.tadaserver.store.account.UserRepository;
import org.tadaserver.store.chat.TeamClock;
import org.tadaserver.store.team.ContactFilter;
import org.tadaserver.store.team.ContactRepository;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.TeamRepository;

/**
 * The repositories the directory uses, on one SQL client (the pool, or a transaction's connection), plus the few
 * reads every operation shares.
 */
final class Repos {
  final UserRepository users;
  final PasswordRepository passwords;
  final TokenRepository tokens;
  final TeamRepository teams;
  final ContactRepository contacts;
  private final CounterRepository counters;
  private final TeamClock clock;

  Repos(SqlClient client) {
    this.users = new UserRepository(client);
    this.passwords = new PasswordRepository(client);
    this.tokens = new TokenRepository(client);
    this.teams = new TeamRepository(client);
    this.contacts = new ContactRepository(client);
    this.counters = new CounterRepository(client);
    this.clock = new TeamClock(client);
  }

  /** The team's live human contacts: everyone who hears of changes in the team. */
  Future<List<ContactRow>> members(UUID team) {
    ContactFilter live = ContactFilter.ALL.withArchived(false).withBots(false);
    return contacts.list(team, live).map(Page::items);
  }

  /** The team's owner, or null when it has none. */
  Future<ContactRow> owner(UUID team) {
    ContactFilter owners = ContactFilter.ALL.withArchived(false).withStatuses(List.of(TeamStatus.OWNER.wire()));
    return contacts.list(team, owners).map(page -> page.items().isEmpty() ? null : page.items().get(0));
  }

  /**
   * The gentime for a change in {@code team}, from the team's clock ({@link TeamClock}): call it first in the
   * transaction that writes the change. It locks the team for other writers until commit, so the team's changes are
   * stamped in commit order (the same clock stamps its chats and messages) and two concurrent joins of one user
   * cannot both insert.
   */
  Future<Long> stamp(UUID team) {
    return clock.next(team).onSuccess(Gentime::observe);
  }

  /** {@code NOT_FOUND} for a team the caller may not see, with the same words whether or not it exists. */
  static ServiceException teamNotFound() {
    return ServiceException.notFound("team");
  }

  /** Unread counters of these contacts in their own teams, by contact uid, in one query. */
  Future<Map<UUID, TeamUnread>> unread(Collection<ContactRow> of) {
    return counters.unread(of.stream().map(ContactRow::uid).toList()).map(UnreadViews::byContact);
  }
}

package org.tadaserver.directory.admin;

import io.vertx.core.Future;
import java.util.UUID;
import org.tadaserver.directory.service.AdminOps;
import org.tadaserver.protocol.Limits;
import org.tadaserver.store.db.Database;

/**
 * Administration straight on the database, without the event bus: the admin CLI and test fixtures use it. It pushes
 * nothing (it may run in a process of its own); clients see its changes on their next fetch.
 *
 * <p>Ownership: {@code createTeam} makes a team without an owner. The first user added to it with {@code admin}
 * becomes its owner; later ones with {@code admin} become admins, the rest members. So one command pair
 * ({@code create-team}, then {@code create-user --admin}) gives a team with an owner, as {@code POST /api/v4/teams}
 * does.
 *
 * <p>Failures are {@code ServiceException}s: {@code NOT_FOUND} for an unknown team or user, {@code INVALID_DATA} for a
 * taken username or a bad name or password.
 */
public final class DirectoryAdmin {
  private final AdminOps ops;

  public DirectoryAdmin(Database database) {
    this(database, Limits.DEFAULTS);
  }

  public DirectoryAdmin(Database database, Limits limits) {
    this.ops = new AdminOps(database.pool(), limits);
  }

  /** Makes a team with default settings and no members; returns its uuid. */
  public Future<UUID> createTeam(String name) {
    return ops.createTeam(name);
  }

  /**
   * Makes an account with a password, adds it to {@code team} (see the class comment for its status) and issues a
   * token. Hashing the password takes tens of milliseconds of CPU; on a Vert.x thread it runs as blocking work.
   */
  public Future<CreatedUser> createUser(UUID team, String username, String password, String givenName,
      String familyName, boolean admin) {
    return createUser(team, username, password, givenName, familyName, admin, null, null);
  }

  /**
   * As above, with the account's login phone and e-mail (either may be null), by which admins add it to other teams
   * ({@code POST /api/v4/teams/{team}/contacts} with {@code phone} or {@code contact_email}). The phone is stored
   * without formatting ({@code +79000000001}); a phone or e-mail of another account is {@code INVALID_DATA}.
   */
  public Future<CreatedUser> createUser(UUID team, String username, String password, String givenName,
      String familyName, boolean admin, String phone, String email) {
    return ops.createUser(team, username, password, givenName, familyName, admin, phone, email)
        .map(u -> new CreatedUser(u.user(), u.jid(), u.token()));
  }

  /** Adds an existing account to {@code team}, or finds its contact there; returns the contact's {@code d-} JID. */
  public Future<String> addMember(UUID team, String username, boolean admin) {
    return ops.addMember(team, username, admin);
  }

  /** A fresh API token for the account. */
  public Future<String> issueToken(String username) {
    return ops.issueToken(username);
  }
}

package org.tadaserver.directory.service;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.auth.Passwords;
import org.tadaserver.directory.rules.Checks;
import org.tadaserver.directory.model.Icons;
import org.tadaserver.protocol.Gentime;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.store.account.NewUser;
import org.tadaserver.store.account.UserRow;
import org.tadaserver.store.team.NewTeam;
import org.tadaserver.store.team.TeamRow;
import org.tadaserver.store.team.TeamSettings;

/**
 * The work behind {@code DirectoryAdmin}: accounts, teams and tokens made directly in the database. Each command is
 * one transaction; a team's membership changes are stamped from its clock like the service's, so the owner rule
 * ("the first admin of an ownerless team becomes its owner") holds under concurrent commands.
 */
public final class AdminOps {
  /** Login names: 1..128 characters, no white space or control characters (the {@code users} table's rule). */
  static final int MAX_USERNAME = 128;
  /** Longer passwords are refused rather than hashed, so a request cannot buy unbounded hashing work. */
  static final int MAX_PASSWORD = 1024;
  static final String CLI_DEVICE = "admin";

  private final Pool pool;
  private final Limits limits;

  public AdminOps(Pool pool, Limits limits) {
    this.pool = pool;
    this.limits = limits;
  }

  /** An account made by {@link #createUser}. */
  public record Made(UUID user, String jid, String token) {}

  public Future<UUID> createTeam(String name) {
    return call(() -> {
      String n = TeamChanges.name(name == null ? "" : name, limits);
      UUID uid = UUID.randomUUID();
      NewTeam team = new NewTeam(uid, n, Icons.letters(n), Icons.color(uid), TeamSettings.DEFAULTS);
      return new Repos(pool).teams.insert(team, Gentime.next()).map(TeamRow::uid);
    });
  }

  public Future<Made> createUser(UUID team, String username, String password, String given, String family,
      boolean admin, String phone, String email) {
    return call(() -> {
      String name = username(username);
      int max = limits.maxUsernamePartLength();
      NewUser user = NewUser.named(name)
          .withNames(Checks.text("given_name", given, max), Checks.text("family_name", family, max), null)
          .withContacts(Checks.accountPhone(Checks.phone("phone", phone)), Checks.email("email", email));
      return hash(password).compose(hash -> pool.withTransaction(conn -> {
        Repos tx = new Repos(conn);
        return tx.teams.get(team).compose(t -> tx.users.insert(user)
            .compose(row -> tx.passwords.set(row.uid(), hash)
                .compose(v -> join(tx, t, row, admin))
                .compose(jid -> AuthOps.issue(tx, row, CLI_DEVICE)
                    .map(issued -> new Made(row.uid(), jid, issued.token())))));
      }));
    });
  }

  public Future<String> addMember(UUID team, String username, boolean admin) {
    return call(() -> pool.withTransaction(conn -> {
      Repos tx = new Repos(conn);
      return tx.teams.get(team).compose(t -> user(tx, username).compose(row -> join(tx, t, row, admin)));
    }));
  }

  public Future<String> issueToken(String username) {
    return call(() -> {
      Repos repos = new Repos(pool);
      return user(repos, username)
          .compose(row -> AuthOps.issue(repos, row, CLI_DEVICE))
          .map(AuthOps.IssuedToken::token);
    });
  }

  /** Adds the user (admin: owner of an ownerless team, else admin; otherwise member); returns its contact JID. */
  private Future<String> join(Repos tx, TeamRow team, UserRow user, boolean admin) {
    return tx.stamp(team.uid()).compose(g -> tx.owner(team.uid()).compose(owner -> {
      TeamStatus status = !admin ? TeamStatus.MEMBER : owner == null ? TeamStatus.OWNER : TeamStatus.ADMIN;
      return Joins.join(tx, team, user, status, null, limits, g);
    })).map(joined -> Jid.contact(joined.contact().uid()).toString());
  }

  private static Future<UserRow> user(Repos repos, String username) {
    return repos.users.findByUsername(username == null ? "" : username.strip())
        .compose(u -> u.isPresent() ? Future.succeededFuture(u.get())
            : Future.failedFuture(ServiceException.notFound("user")));
  }

  private static Future<String> hash(String password) {
    if (password == null || password.isEmpty()) {
      return Future.failedFuture(ServiceException.invalid("password", "required"));
    }
    if (password.length() > MAX_PASSWORD) {
      return Future.failedFuture(ServiceException.invalid("password", "at most " + MAX_PASSWORD + " characters"));
    }
    Context context = Vertx.currentContext();
    return context == null ? Future.succeededFuture(Passwords.hash(password))
        : context.executeBlocking(() -> Passwords.hash(password), false);
  }

  private static String username(String username) {
    String u = username == null ? "" : username.strip();
    if (u.isEmpty() || u.length() > MAX_USERNAME || u.chars().anyMatch(c -> Character.isWhitespace(c)
        || Character.isISOControl(c))) {
      throw ServiceException.invalid("username", "1.." + MAX_USERNAME + " characters without spaces");
    }
    return u;
  }

  private static <T> Future<T> call(Callable<Future<T>> body) {
    return Failures.mapped(Futures.attempt(body));
  }
}

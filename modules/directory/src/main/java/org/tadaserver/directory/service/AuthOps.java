package org.tadaserver.directory.service;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Caller;
import org.tadaserver.directory.auth.Passwords;
import org.tadaserver.directory.auth.Tokens;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.model.Auth;
import org.tadaserver.store.account.UserRow;

/**
 * Password login, token checks and logout. A wrong password, an unknown username and an archived account get the same
 * answer after the same work (one Argon2 verification), so the reply tells nothing about which accounts exist.
 */
final class AuthOps {
  static final int MAX_DEVICE_NAME = 256;
  private static final String BAD_LOGIN = "wrong username or password";

  private final Vertx vertx;
  private final Pool pool;
  private final TeamOps teams;

  AuthOps(Vertx vertx, Pool pool, TeamOps teams) {
    this.vertx = vertx;
    this.pool = pool;
    this.teams = teams;
  }

  Future<Auth> passwordLogin(String username, String password, String deviceName) {
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      return Future.failedFuture(new ServiceException(ApiError.INVALID_DATA, "username and password are required",
          Map.of(username == null || username.isBlank() ? "username" : "password", "required")));
    }
    Repos repos = new Repos(pool);
    String device = device(deviceName);
    return repos.users.findByUsername(username.strip())
        .compose(user -> checkPassword(repos, user, password))
        .compose(user -> issue(repos, user, device))
        .compose(token -> teams.userWithMe(repos, token.user()).map(me -> {
          Deliveries.publish(vertx, List.of(Pushes.login(token.user(), device)));
          return new Auth(token.token(), me, false, false, "");
        }));
  }

  Future<Caller> authenticate(String token) {
    if (token == null || token.isBlank()) {
      return Future.failedFuture(new ServiceException(ApiError.EMPTY_TOKEN, "no token"));
    }
    return new Repos(pool).tokens.findActiveByHash(Tokens.digest(token.strip()))
        .compose(row -> row.isPresent()
            ? Future.succeededFuture(new Caller(row.get().user(), row.get().id()))
            : Future.failedFuture(new ServiceException(ApiError.INVALID_TOKEN, "unknown or revoked token")));
  }

  Future<Void> logout(Caller caller) {
    if (caller == null || caller.token() == null) {
      return Future.failedFuture(new ServiceException(ApiError.INVALID_TOKEN, "unknown or revoked token"));
    }
    Repos repos = new Repos(pool);
    return repos.tokens.listActiveForUser(caller.user())
        .compose(active -> active.stream().anyMatch(t -> t.id().equals(caller.token()))
            ? repos.tokens.revoke(caller.token())
            : Future.failedFuture(new ServiceException(ApiError.INVALID_TOKEN, "unknown or revoked token")))
        .onSuccess(v -> Deliveries.publish(vertx, List.of(Pushes.logout(caller.user()))));
  }

  /** Issues a token for {@code user}; the admin CLI and tests use this too. */
  static Future<IssuedToken> issue(Repos repos, UserRow user, String deviceName) {
    String token = Tokens.generate();
    return repos.tokens.insert(user.uid(), Tokens.digest(token), device(deviceName))
        .map(row -> new IssuedToken(user.uid(), token));
  }

  private Future<UserRow> checkPassword(Repos repos, Optional<UserRow> user, String password) {
    Future<Optional<String>> stored = user.isPresent() && !user.get().isArchive()
        ? repos.passwords.find(user.get().uid())
        : Future.succeededFuture(Optional.empty());
    return stored.compose(hash -> vertx.executeBlocking(
            () -> hash.isPresent() ? Passwords.verify(password, hash.get()) : Passwords.verifyDecoy(password), false))
        .compose(ok -> ok ? Future.succeededFuture(user.get())
            : Future.failedFuture(new ServiceException(ApiError.INVALID_DATA, BAD_LOGIN,
                Map.of("password", BAD_LOGIN))));
  }

  private static String device(String name) {
    String device = name == null ? "" : name.strip();
    return device.length() <= MAX_DEVICE_NAME ? device : device.substring(0, MAX_DEVICE_NAME);
  }

  /** A token as shown once to its owner. */
  record IssuedToken(UUID user, String token) {}
}

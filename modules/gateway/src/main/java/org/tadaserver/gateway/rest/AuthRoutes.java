package org.tadaserver.gateway.rest;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.core.Future;
import java.util.Map;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.DirectoryService;
import org.tadaserver.gateway.limits.Admission;
import org.tadaserver.gateway.limits.ClientAddress;
import org.tadaserver.gateway.limits.LoginLimiter;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.rest.PasswordLoginRequest;

/**
 * {@code POST /api/v4/auth/password/get-token} ({@code {username, password}} to {@code Auth}) and
 * {@code POST /api/v4/auth/logout} (revokes the token the request carries; its sockets get {@code server.logout}).
 * Password logins are rate limited per username and per client address ({@link LoginLimiter}) before the password is
 * checked: over the limit the answer is 429 {@code RATE_LIMIT} with {@code Retry-After} in seconds.
 */
final class AuthRoutes {
  /** Longest device name kept; it only labels a token in the user's device list. */
  static final int MAX_DEVICE_NAME = 200;
  private final DirectoryService directory;
  private final Callers callers;
  private final LoginLimiter limiter;
  private final ClientAddress addresses;

  AuthRoutes(DirectoryService directory, Callers callers, LoginLimiter limiter, ClientAddress addresses) {
    this.directory = directory;
    this.callers = callers;
    this.limiter = limiter;
    this.addresses = addresses;
  }

  void mount(Router router) {
    router.post("/api/v4/auth/password/get-token").handler(Rest.route(ctx -> {
      PasswordLoginRequest body = Bodies.parse(ctx, PasswordLoginRequest.class);
      Inputs.login(body);
      Admission admission = limiter.attempt(body.username(), addresses.of(ctx.request()));
      if (!admission.admitted()) {
        return throttled(ctx, admission);
      }
      return directory.passwordLogin(body.username(), body.password(), deviceName(ctx));
    }));
    router.post("/api/v4/auth/logout").handler(Rest.route(ctx ->
        callers.of(ctx).compose(directory::logout).map(v -> Map.of())));
  }

  private static <T> Future<T> throttled(RoutingContext ctx, Admission refused) {
    ctx.response().putHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
    return Future.failedFuture(new ServiceException(ApiError.RATE_LIMIT,
        "too many login attempts; retry in " + refused.retryAfterSeconds() + " s"));
  }

  /** {@code X-Device-Name} if the client names itself, else its {@code User-Agent}, else empty. */
  static String deviceName(RoutingContext ctx) {
    String name = ctx.request().getHeader("X-Device-Name");
    if (name == null || name.isBlank()) {
      name = ctx.request().getHeader("User-Agent");
    }
    if (name == null) {
      return "";
    }
    name = name.strip();
    return name.length() <= MAX_DEVICE_NAME ? name : name.substring(0, MAX_DEVICE_NAME);
  }
}

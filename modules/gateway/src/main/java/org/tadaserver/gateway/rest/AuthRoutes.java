package org.tadaserver.gateway.rest;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import org.tadaserver.directory.DirectoryService;
import org.tadaserver.protocol.rest.PasswordLoginRequest;

/**
 * {@code POST /api/v4/auth/password/get-token} ({@code {username, password}} to {@code Auth}) and
 * {@code POST /api/v4/auth/logout} (revokes the token the request carries; its sockets get {@code server.logout}).
 */
final class AuthRoutes {
  /** Longest device name kept; it only labels a token in the user's device list. */
  static final int MAX_DEVICE_NAME = 200;
  private final DirectoryService directory;
  private final Callers callers;

  AuthRoutes(DirectoryService directory, Callers callers) {
    this.directory = directory;
    this.callers = callers;
  }

  void mount(Router router) {
    router.post("/api/v4/auth/password/get-token").handler(Rest.route(ctx -> {
      PasswordLoginRequest body = Bodies.parse(ctx, PasswordLoginRequest.class);
      Inputs.login(body);
      return directory.passwordLogin(body.username(), body.password(), deviceName(ctx));
    }));
    router.post("/api/v4/auth/logout").handler(Rest.route(ctx ->
        callers.of(ctx).compose(directory::logout).map(v -> Map.of())));
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

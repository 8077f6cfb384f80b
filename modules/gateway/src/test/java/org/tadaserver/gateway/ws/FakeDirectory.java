package org.tadaserver.gateway.ws;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.tadaserver.bus.BusRpc;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Caller;
import org.tadaserver.directory.DirectoryService;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.enums.TeamStatus;

/**
 * A directory with only what sessions use (authenticate, membership), served over the real event bus at
 * {@link DirectoryService#ADDRESS} so the gateway reaches it exactly as it reaches the real one. Every other operation
 * fails.
 */
final class FakeDirectory {
  private final Map<String, Caller> tokens = new ConcurrentHashMap<>();
  private final Map<String, Membership> members = new ConcurrentHashMap<>();

  void serve(Vertx vertx) {
    DirectoryService impl = (DirectoryService) Proxy.newProxyInstance(
        DirectoryService.class.getClassLoader(), new Class<?>[] {DirectoryService.class}, (self, method, args) ->
            switch (method.getName()) {
              case "authenticate" -> authenticate((String) args[0]);
              case "membership" -> membership((Caller) args[0], (UUID) args[1]);
              default -> Future.failedFuture(new ServiceException(ApiError.INVALID_METHOD, method.getName()));
            });
    BusRpc.serve(vertx, DirectoryService.class, DirectoryService.ADDRESS, impl).completion().await();
  }

  /** A new token for the user. */
  String issue(UUID user) {
    String token = "tok-" + UUID.randomUUID();
    tokens.put(token, new Caller(user, UUID.randomUUID()));
    return token;
  }

  /** Makes the user a member of the team; returns the contact uuid. */
  UUID join(UUID user, UUID team) {
    UUID contact = UUID.randomUUID();
    members.put(user + "/" + team, new Membership(team, user, contact, TeamStatus.MEMBER));
    return contact;
  }

  void revoke(String token) {
    tokens.remove(token);
  }

  private Future<Caller> authenticate(String token) {
    if (token == null || token.isBlank()) {
      return Future.failedFuture(new ServiceException(ApiError.EMPTY_TOKEN, "empty token"));
    }
    Caller caller = tokens.get(token);
    return caller == null
        ? Future.failedFuture(new ServiceException(ApiError.INVALID_TOKEN, "invalid token"))
        : Future.succeededFuture(caller);
  }

  private Future<Membership> membership(Caller caller, UUID team) {
    Membership membership = members.get(caller.user() + "/" + team);
    return membership == null ? Future.failedFuture(ServiceException.notFound("team")) : Future.succeededFuture(membership);
  }
}

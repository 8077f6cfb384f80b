package org.tadaserver.e2e.security;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import java.util.Set;
import java.util.TreeSet;
import org.tadaserver.bus.BusRpc;
import org.tadaserver.calls.CallsConfig;
import org.tadaserver.chats.ChatService;
import org.tadaserver.directory.DirectoryService;
import org.tadaserver.gateway.GatewayConfig;
import org.tadaserver.gateway.rest.RestApi;
import org.tadaserver.gateway.rest.TeamServices;

/**
 * The REST routes the gateway registers, read from a router that {@link RestApi} mounts exactly as the gateway does
 * (with every optional service present): the list the matrix must cover. Mounting only registers handlers; the bus
 * clients are never called.
 */
final class RouteInventory {
  private RouteInventory() {}

  /** {@code "METHOD /api/v4/..."} for every registered route under {@code /api/v4}. */
  static Set<String> routes(Vertx vertx) {
    Router router = Router.router(vertx);
    new RestApi(GatewayConfig.defaults(), BusRpc.client(vertx, DirectoryService.class, DirectoryService.ADDRESS),
        BusRpc.client(vertx, ChatService.class, ChatService.ADDRESS), CallsConfig.disabled(),
        TeamServices.onBus(vertx)).mount(router);
    Set<String> routes = new TreeSet<>();
    for (Route route : router.getRoutes()) {
      String path = route.getPath();
      if (path == null || !path.startsWith("/api/v4/") || route.methods() == null) {
        continue;
      }
      for (HttpMethod method : route.methods()) {
        routes.add(method.name() + " " + path);
      }
    }
    return routes;
  }
}

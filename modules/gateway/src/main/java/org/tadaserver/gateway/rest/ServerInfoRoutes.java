package org.tadaserver.gateway.rest;

import io.vertx.core.Future;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import org.tadaserver.gateway.features.FeaturesFactory;
import org.tadaserver.protocol.IsoTime;
import org.tadaserver.protocol.Wire;

/**
 * Endpoints without a token: {@code GET /features.json} (the BARE features object, no envelope: tdclient decodes it
 * directly), {@code GET /api/v4/ping} ({@code "pong"}), {@code GET /api/v4/time} (server time, ISO) and
 * {@code GET /api/v4/addr} (the client's address as this node sees it; behind a proxy that is the proxy unless the node
 * trusts forwarded headers).
 */
final class ServerInfoRoutes {
  private final FeaturesFactory features;

  ServerInfoRoutes(FeaturesFactory features) {
    this.features = features;
  }

  void mount(Router router) {
    router.get("/features.json").handler(ctx ->
        Rest.write(ctx, 200, Wire.toJson(features.features(ctx.request()))));
    router.get("/api/v4/ping").handler(Rest.route(ctx -> Future.succeededFuture("pong")));
    router.get("/api/v4/time").handler(Rest.route(ctx -> Future.succeededFuture(IsoTime.format(IsoTime.now()))));
    router.get("/api/v4/addr").handler(Rest.route(ctx -> {
      SocketAddress remote = ctx.request().remoteAddress();
      return Future.succeededFuture(remote == null ? "" : remote.hostAddress());
    }));
  }
}

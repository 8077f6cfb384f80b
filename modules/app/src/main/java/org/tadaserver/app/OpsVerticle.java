package org.tadaserver.app;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.util.function.Consumer;

/**
 * The HTTP port of a node without the gateway role (a directory/chats node of a split cluster): only {@code /metrics}
 * and {@code /health/*}, on the same {@code http.host}/{@code http.port} a gateway would use, so every node is probed
 * and scraped alike. No client traffic is served here.
 */
final class OpsVerticle extends VerticleBase {
  private final String host;
  private final int port;
  private final Consumer<Router> routes;
  private HttpServer server;

  OpsVerticle(String host, int port, Consumer<Router> routes) {
    this.host = host;
    this.port = port;
    this.routes = routes;
  }

  @Override
  public Future<?> start() {
    Router router = Router.router(vertx);
    routes.accept(router);
    return vertx.createHttpServer(new HttpServerOptions().setHost(host).setPort(port)).requestHandler(router).listen()
        .onSuccess(s -> server = s);
  }

  @Override
  public Future<?> stop() {
    return server == null ? Future.succeededFuture() : server.close();
  }

  int actualPort() {
    return server.actualPort();
  }
}

package org.tadaserver.gateway;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.bus.BusRpc;
import org.tadaserver.chats.ChatService;
import org.tadaserver.chats.TaskService;
import org.tadaserver.directory.DirectoryService;
import org.tadaserver.gateway.rest.RestApi;
import org.tadaserver.gateway.ws.Messaging;
import org.tadaserver.gateway.ws.chat.ChatEvents;

/**
 * The HTTP edge of one node: REST under {@code /api/v4}, {@code /features.json}, and WebSocket sessions at
 * {@code /messaging/{team}}. It reaches every capability over the event bus only. {@code extraRoutes} lets the node add
 * its operational endpoints (metrics, health) to the same port.
 */
public final class GatewayVerticle extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(GatewayVerticle.class);
  private final GatewayConfig config;
  private final Consumer<Router> extraRoutes;
  private final Function<Vertx, ChatService> chatsClient;
  private HttpServer server;
  private Messaging messaging;

  public GatewayVerticle(GatewayConfig config, Consumer<Router> extraRoutes) {
    this(config, extraRoutes, v -> BusRpc.client(v, ChatService.class, ChatService.ADDRESS));
  }

  /**
   * With the node's own way of reaching the chat service: a clustered node sends each team's chat work straight to
   * the node that owns the team, so one client's events keep their order (see the app's cluster package).
   */
  public GatewayVerticle(GatewayConfig config, Consumer<Router> extraRoutes, Function<Vertx, ChatService> chatsClient) {
    this.config = config;
    this.extraRoutes = extraRoutes;
    this.chatsClient = chatsClient;
  }

  @Override
  public Future<?> start() {
    DirectoryService directory = BusRpc.client(vertx, DirectoryService.class, DirectoryService.ADDRESS);
    ChatService chats = chatsClient.apply(vertx);
    Router router = Router.router(vertx);
    extraRoutes.accept(router);
    messaging = new Messaging(vertx, config, directory);
    ChatEvents.register(messaging.dispatcher(), chats, config.limits());
    RestApi rest = new RestApi(config, directory, chats,
        BusRpc.client(vertx, TaskService.class, TaskService.ADDRESS));
    messaging.mount(router);
    rest.mount(router);
    HttpServerOptions options = new HttpServerOptions()
        .setHost(config.host())
        .setPort(config.port())
        .setMaxWebSocketMessageSize(config.maxFrameBytes())
        .setMaxWebSocketFrameSize(config.maxFrameBytes());
    return messaging.start()
        .compose(v -> vertx.createHttpServer(options).requestHandler(router).listen())
        .onSuccess(s -> {
          server = s;
          log.info("gateway listening on {}:{}", config.host(), s.actualPort());
        });
  }

  /** Closes every session with 1001 (going away) so clients reconnect to another node, then stops listening. */
  @Override
  public Future<?> stop() {
    Future<Void> drained = messaging == null ? Future.succeededFuture() : messaging.drain();
    return drained.compose(v -> server == null ? Future.succeededFuture() : server.close());
  }

  /** The bound port (useful when configured with port 0). */
  public int actualPort() {
    return server.actualPort();
  }
}

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
import org.tadaserver.calls.CallService;
import org.tadaserver.calls.CallsConfig;
import org.tadaserver.chats.ChatService;
import org.tadaserver.directory.DirectoryService;
import org.tadaserver.gateway.rest.RestApi;
import org.tadaserver.gateway.rest.TeamServices;
import org.tadaserver.gateway.ws.Messaging;
import org.tadaserver.gateway.ws.call.CallEvents;
import org.tadaserver.gateway.ws.call.CallSessions;
import org.tadaserver.gateway.ws.chat.ChatEvents;

/**
 * The HTTP edge of one node: REST under {@code /api/v4}, {@code /features.json}, and WebSocket sessions at
 * {@code /messaging/{team}}. It reaches every capability over the event bus only. {@code extraRoutes} lets the node add
 * its operational endpoints (metrics, health) to the same port.
 */
public final class GatewayVerticle extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(GatewayVerticle.class);
  /** Longest HTTP request line (method, path with query, version) accepted. */
  static final int MAX_REQUEST_LINE = 4096;
  /** Largest block of request headers accepted (a token or device name is far smaller). */
  static final int MAX_HEADERS = 8192;
  private final GatewayConfig config;
  private final Consumer<Router> extraRoutes;
  private final Function<Vertx, ChatService> chatsClient;
  private final CallsConfig callsConfig;
  private final Function<Vertx, CallService> callsClient;
  private CallSessions callSessions;
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
    this(config, extraRoutes, chatsClient, CallsConfig.disabled(), null);
  }

  /**
   * With calls: {@code callsClient} reaches the calls owner of each team (unused when {@code calls} is disabled; then
   * every call event is answered with a warning and features.json says calls are off).
   */
  public GatewayVerticle(GatewayConfig config, Consumer<Router> extraRoutes, Function<Vertx, ChatService> chatsClient,
      CallsConfig calls, Function<Vertx, CallService> callsClient) {
    this.config = config;
    this.extraRoutes = extraRoutes;
    this.chatsClient = chatsClient;
    this.callsConfig = calls;
    this.callsClient = callsClient;
  }

  @Override
  public Future<?> start() {
    DirectoryService directory = BusRpc.client(vertx, DirectoryService.class, DirectoryService.ADDRESS);
    ChatService chats = chatsClient.apply(vertx);
    Router router = Router.router(vertx);
    extraRoutes.accept(router);
    messaging = new Messaging(vertx, config, directory);
    ChatEvents.register(messaging.dispatcher(), chats, config.limits());
    registerCalls();
    RestApi rest = new RestApi(config, directory, chats, callsConfig, TeamServices.onBus(vertx));
    messaging.mount(router);
    rest.mount(router);
    HttpServerOptions options = new HttpServerOptions()
        .setHost(config.host())
        .setPort(config.port())
        .setMaxWebSocketMessageSize(config.maxFrameBytes())
        .setMaxWebSocketFrameSize(config.maxFrameBytes())
        // Vert.x's defaults, stated so every input bound is visible here: longer request lines (path + query) are
        // answered 414, larger header blocks 431, both before any handler runs
        .setMaxInitialLineLength(MAX_REQUEST_LINE)
        .setMaxHeaderSize(MAX_HEADERS)
        // No WebSocket compression: Vert.x sets up Netty's inflater without an allocation cap, so one small compressed
        // frame could inflate to gigabytes before the message size check sees it. It would also keep a zlib context
        // per socket. Clients that offer permessage-deflate simply get uncompressed frames.
        .setPerMessageWebSocketCompressionSupported(false)
        .setPerFrameWebSocketCompressionSupported(false);
    return messaging.start()
        .compose(v -> vertx.createHttpServer(options).requestHandler(router).listen())
        .onSuccess(s -> {
          server = s;
          log.info("gateway listening on {}:{}", config.host(), s.actualPort());
        });
  }

  private void registerCalls() {
    if (!callsConfig.enabled()) {
      CallEvents.registerDisabled(messaging.dispatcher());
      return;
    }
    CallService calls = callsClient.apply(vertx);
    callSessions = new CallSessions(vertx, calls);
    CallEvents.register(messaging.dispatcher(), calls, callSessions);
    messaging.onSessionClosed(callSessions::closed);
    callSessions.start();
  }

  /** Closes every session with 1001 (going away) so clients reconnect to another node, then stops listening. */
  @Override
  public Future<?> stop() {
    if (callSessions != null) {
      callSessions.stop();
    }
    Future<Void> drained = messaging == null ? Future.succeededFuture() : messaging.drain();
    return drained.compose(v -> server == null ? Future.succeededFuture() : server.close());
  }

  /** The bound port (useful when configured with port 0). */
  public int actualPort() {
    return server.actualPort();
  }
}

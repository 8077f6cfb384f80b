package org.tadaserver.gateway.ws;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.ext.web.Router;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.tadaserver.bus.BusRpc;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.bus.Delivery;
import org.tadaserver.directory.DirectoryService;
import org.tadaserver.gateway.GatewayConfig;
import org.tadaserver.protocol.Limits;

/**
 * One Vert.x with {@link Messaging} mounted on an HTTP server at 127.0.0.1:0 (as the gateway verticle does, without
 * REST) and a {@link FakeDirectory} on the event bus. {@link #onLoop} reads the session registry on its own event loop.
 */
final class WsFixture implements AutoCloseable {
  static final int MAX_FRAME_BYTES = 64 * 1024;
  static final int OUTBOUND_QUEUE_FRAMES = 20;
  final Vertx vertx = Vertx.vertx();
  final FakeDirectory directory = new FakeDirectory();
  private final WebSocketClient client = vertx.createWebSocketClient();
  private final Gateway gateway = new Gateway();
  private String deployment;

  WsFixture() {
    directory.serve(vertx);
    deployment = vertx.deployVerticle(gateway).await();
  }

  /** A new user with a token, member of {@code team}. */
  String member(UUID team) {
    UUID user = UUID.randomUUID();
    directory.join(user, team);
    return directory.issue(user);
  }

  WsProbe connect(UUID team, String token) {
    return WsProbe.connect(client, options(team).addHeader("token", token));
  }

  WebSocketConnectOptions options(UUID team) {
    return new WebSocketConnectOptions().setHost("127.0.0.1").setPort(gateway.server.actualPort())
        .setURI("/messaging/" + team);
  }

  WebSocketClient client() {
    return client;
  }

  void publish(Delivery... batch) {
    Deliveries.publish(vertx, List.of(batch));
  }

  /** Runs {@code read} on the gateway's event loop, where the registry lives. */
  <T> T onLoop(Supplier<T> read) {
    Promise<T> result = Promise.promise();
    gateway.runOnLoop(() -> result.complete(read.get()));
    return await(result.future());
  }

  /** Waits (up to {@code timeoutMs}) until the registry holds {@code count} sessions; returns the last count seen. */
  int awaitSessions(int count, long timeoutMs) {
    long deadline = System.currentTimeMillis() + timeoutMs;
    int seen = onLoop(() -> sessions().size());
    while (seen != count && System.currentTimeMillis() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      seen = onLoop(() -> sessions().size());
    }
    return seen;
  }

  SessionRegistry sessions() {
    return gateway.messaging.sessions();
  }

  /** Undeploys the gateway, which drains its sessions. */
  void stopGateway() {
    await(vertx.undeploy(deployment));
    deployment = null;
  }

  @Override
  public void close() {
    await(vertx.close());
  }

  static <T> T await(Future<T> future) {
    try {
      return future.await(20, TimeUnit.SECONDS);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class Gateway extends VerticleBase {
    Messaging messaging;
    HttpServer server;

    @Override
    public Future<?> start() {
      GatewayConfig config = new GatewayConfig(
          "127.0.0.1", 0, "", MAX_FRAME_BYTES, 1 << 20, OUTBOUND_QUEUE_FRAMES, Limits.DEFAULTS);
      messaging = new Messaging(vertx, config, BusRpc.client(vertx, DirectoryService.class, DirectoryService.ADDRESS));
      Router router = Router.router(vertx);
      messaging.mount(router);
      HttpServerOptions options = new HttpServerOptions().setHost(config.host()).setPort(0)
          .setMaxWebSocketFrameSize(config.maxFrameBytes()).setMaxWebSocketMessageSize(config.maxFrameBytes());
      return messaging.start()
          .compose(v -> vertx.createHttpServer(options).requestHandler(router).listen())
          .onSuccess(s -> server = s);
    }

    void runOnLoop(Runnable action) {
      context.runOnContext(v -> action.run());
    }

    @Override
    public Future<?> stop() {
      return messaging.drain().compose(v -> server.close());
    }
  }
}

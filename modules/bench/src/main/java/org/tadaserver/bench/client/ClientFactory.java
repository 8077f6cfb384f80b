package org.tadaserver.bench.client;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The generator's own Vert.x: a few event loops, one context per loop (clients are spread over them round-robin, and a
 * client's timers and handlers stay on its loop), one WebSocket client and one HTTP client. The clients are held in
 * fields on purpose: Vert.x 5 closes an unreachable client when it is garbage-collected (toolchain notes §5).
 */
public final class ClientFactory implements AutoCloseable {
  /** Server events can be large (a group's member list); the default of four 64 KB frames is too tight. */
  private static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
  private final Vertx vertx;
  private final WebSocketClient webSockets;
  private final HttpClient http;
  private final List<Context> contexts = new ArrayList<>();

  public ClientFactory(int eventLoops) {
    this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops)
        .setBlockedThreadCheckInterval(10).setBlockedThreadCheckIntervalUnit(TimeUnit.SECONDS));
    this.webSockets = vertx.createWebSocketClient(new WebSocketClientOptions()
        .setMaxConnections(Integer.MAX_VALUE)
        .setMaxMessageSize(MAX_MESSAGE_BYTES)
        .setMaxFrameSize(MAX_MESSAGE_BYTES)
        .setConnectTimeout(30_000)
        .setClosingTimeout(1)
        .setTcpNoDelay(true));
    this.http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setConnectTimeout(30_000),
        new PoolOptions().setHttp1MaxSize(64).setMaxWaitQueueSize(-1));
    for (int i = 0; i < eventLoops; i++) {
      contexts.add(vertx.getOrCreateContext());
    }
  }

  public Vertx vertx() {
    return vertx;
  }

  public HttpClient http() {
    return http;
  }

  /** The context client {@code index} lives on. */
  public Context contextFor(int index) {
    return contexts.get(Math.floorMod(index, contexts.size()));
  }

  /** Opens a WebSocket from {@code context}, so its handlers run there. */
  public Future<WebSocket> open(Context context, WebSocketConnectOptions options) {
    Promise<WebSocket> promise = Promise.promise();
    context.runOnContext(v -> webSockets.connect(options).onComplete(promise));
    return promise.future();
  }

  @Override
  public void close() {
    try {
      vertx.close().await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      // closing after a run: nothing left to protect
    }
  }
}

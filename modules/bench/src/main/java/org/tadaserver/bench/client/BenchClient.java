package org.tadaserver.bench.client;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.tadaserver.bench.track.Stats;

/**
 * One protocol session of the generator: a WebSocket at {@code /messaging/{team}} authenticated by the {@code token}
 * header. It answers every server event that carries a confirm_id with {@code client.confirm} (as real clients must)
 * and hands the scanned event to its {@link ClientListener}. It lives on one event loop ({@link #context()}); writes
 * must be made from there.
 */
public final class BenchClient {
  private static final AtomicInteger SHOWN_ERRORS = new AtomicInteger();
  private final int index;
  private final BenchUser user;
  private final Context context;
  private final Stats stats;
  private final ClientListener listener;
  private volatile WebSocket ws;
  private volatile boolean closing;

  public BenchClient(int index, BenchUser user, Context context, Stats stats, ClientListener listener) {
    this.index = index;
    this.user = user;
    this.context = context;
    this.stats = stats;
    this.listener = listener;
  }

  public int index() {
    return index;
  }

  public BenchUser user() {
    return user;
  }

  public Context context() {
    return context;
  }

  public boolean isOpen() {
    WebSocket w = ws;
    return w != null && !w.isClosed();
  }

  /** Opens the session on {@code node} for {@code team}; a failure is counted as an error and returned. */
  public Future<Void> connect(ClientFactory factory, NodeUrl node, String team) {
    closing = false;
    WebSocketConnectOptions options = new WebSocketConnectOptions()
        .setHost(node.host()).setPort(node.port()).setURI("/messaging/" + team)
        .addHeader("token", user.token());
    return factory.open(context, options)
        .onFailure(e -> {
          stats.connectFailures.increment();
          stats.error();
        })
        .map(socket -> {
          ws = socket;
          socket.textMessageHandler(this::onText);
          socket.exceptionHandler(this::onException);
          socket.closeHandler(v -> onClosed());
          return null;
        });
  }

  /** Writes one text frame; call on {@link #context()}. */
  public void send(String frame) {
    WebSocket w = ws;
    if (w == null || w.isClosed()) {
      stats.error();
      return;
    }
    w.writeTextMessage(frame);
  }

  /** Closes the session on purpose (no error is counted). */
  public Future<Void> close() {
    closing = true;
    WebSocket w = ws;
    if (w == null || w.isClosed()) {
      return Future.succeededFuture();
    }
    Future<Void> closed = Future.future(p -> context.runOnContext(v -> w.close().onComplete(p)));
    return closed.recover(e -> Future.succeededFuture());
  }

  private void onText(String text) {
    long now = System.nanoTime();
    Inbound in;
    try {
      in = EventScanner.scan(text);
    } catch (IOException e) {
      stats.error();
      return;
    }
    if (in.confirmId() != null && !in.confirmId().isEmpty()) {
      ws.writeTextMessage(Frames.confirm(in.confirmId()));
    }
    listener.onEvent(this, in, now);
  }

  /**
   * A socket error: counted, and the first few of a run printed so that a count of errors can be explained. One on a
   * socket the generator is closing (Vert.x reports the closed connection) is expected and ignored.
   */
  private void onException(Throwable e) {
    if (closing) {
      return;
    }
    stats.error();
    if (SHOWN_ERRORS.incrementAndGet() <= 5) {
      System.err.println("socket error for " + user.username() + ": " + e);
    }
  }

  private void onClosed() {
    if (!closing) {
      stats.unexpectedCloses.increment();
      stats.error();
      listener.onUnexpectedClose(this);
    }
  }
}

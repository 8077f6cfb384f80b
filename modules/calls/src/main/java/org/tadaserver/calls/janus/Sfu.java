package org.tadaserver.calls.janus;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's connection to Janus: one session with an AudioBridge control handle, created at start and again after
 * it is lost (Janus restarted or was unreachable), retried every {@link #RETRY_MS}. While there is none, calls are
 * refused with "media server unavailable". Runs on the calls verticle's event loop.
 */
public final class Sfu {
  private static final Logger log = LoggerFactory.getLogger(Sfu.class);
  static final long RETRY_MS = 1_000;
  private final Vertx vertx;
  private final JanusHttp http;
  private final Events events;
  private AudioBridge bridge;
  private long control;
  private long retryTimer = -1;
  private boolean closed;

  /** What the calls hear from the media server. */
  public interface Events {
    /** AudioBridge reported that a participant started or stopped talking. */
    void talking(long room, long participant, boolean talking);

    /** The session was lost: every room and handle is gone; new ones go to the next session. */
    void restarted();
  }

  public Sfu(Vertx vertx, String janusUrl, Events events) {
    this.vertx = vertx;
    this.http = new JanusHttp(vertx, janusUrl);
    this.events = events;
  }

  /** Connects; a Janus that is down now is retried in the background, so this never fails. */
  public Future<Void> start() {
    return connect().recover(e -> {
      log.warn("janus unreachable at start ({}); retrying", e.getMessage());
      retry();
      return Future.succeededFuture();
    });
  }

  /** Whether a session is up. */
  public boolean ready() {
    return bridge != null;
  }

  /** The bridge of the current session, or a failure when Janus is not reachable now. */
  public Future<AudioBridge> bridge() {
    return bridge != null ? Future.succeededFuture(bridge)
        : Future.failedFuture(new JanusException(0, "media server unavailable"));
  }

  /** The control handle of the current session (valid while {@link #bridge()} succeeds). */
  public long control() {
    return control;
  }

  public Future<Void> close() {
    closed = true;
    vertx.cancelTimer(retryTimer);
    AudioBridge current = bridge;
    bridge = null;
    Future<Void> destroyed = current == null ? Future.succeededFuture() : current.session().destroy();
    return destroyed.eventually(http::close);
  }

  private Future<Void> connect() {
    JanusSession.Listener listener = new JanusSession.Listener() {
      @Override
      public void event(long handle, JsonNode event) {
        onEvent(event);
      }

      @Override
      public void lost() {
        onLost();
      }
    };
    return JanusSession.create(vertx, http, listener).compose(session -> {
      AudioBridge b = new AudioBridge(session);
      return b.control().map(handle -> {
        control = handle;
        bridge = b;
        log.info("janus session {} ready", session.id());
        return null;
      });
    });
  }

  private void onEvent(JsonNode event) {
    JsonNode data = event.path("plugindata").path("data");
    String kind = data.path("audiobridge").asText();
    if ("talking".equals(kind) || "stopped-talking".equals(kind)) {
      events.talking(data.path("room").asLong(), data.path("id").asLong(), "talking".equals(kind));
    }
  }

  private void onLost() {
    bridge = null;
    if (!closed) {
      events.restarted();
      retry();
    }
  }

  private void retry() {
    if (closed) {
      return;
    }
    retryTimer = vertx.setTimer(RETRY_MS, t -> connect().onFailure(e -> retry()));
  }
}

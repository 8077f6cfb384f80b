package org.tadaserver.calls.janus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.protocol.Wire;

/**
 * One Janus session: its handles, asynchronous plugin requests and the long poll that delivers their results and
 * Janus's own events. Janus drops a session after 60 s without a request; the poll and a keepalive every
 * {@link #KEEPALIVE_MS} keep it. When the session is gone (the poll or a keepalive gets "no such session", or Janus
 * cannot be reached) every pending request fails and {@link Listener#lost} is called once.
 *
 * <p>Used on one event loop (the calls verticle's); nothing here is thread-safe.
 */
public final class JanusSession {
  private static final Logger log = LoggerFactory.getLogger(JanusSession.class);
  static final long KEEPALIVE_MS = 20_000;
  static final long REQUEST_TIMEOUT_MS = 10_000;
  static final long POLL_TIMEOUT_MS = 45_000;
  private final Vertx vertx;
  private final JanusHttp http;
  private final long id;
  private final Listener listener;
  private final Map<String, Promise<JsonNode>> pending = new HashMap<>();
  private long keepaliveTimer;
  private boolean lost;

  /** What the session reports that nobody asked for. */
  public interface Listener {
    /** An event of a handle that is not the answer to a pending request (e.g. AudioBridge "talking"). */
    void event(long handle, JsonNode event);

    /** The session is gone; it will never report again. */
    void lost();
  }

  private JanusSession(Vertx vertx, JanusHttp http, long id, Listener listener) {
    this.vertx = vertx;
    this.http = http;
    this.id = id;
    this.listener = listener;
  }

  /** Creates a session and starts its long poll and keepalive. */
  public static Future<JanusSession> create(Vertx vertx, JanusHttp http, Listener listener) {
    return http.post("", body("create"), REQUEST_TIMEOUT_MS).map(reply -> {
      checkSuccess(reply);
      JanusSession session = new JanusSession(vertx, http, reply.path("data").path("id").asLong(), listener);
      session.start();
      return session;
    });
  }

  private void start() {
    keepaliveTimer = vertx.setPeriodic(KEEPALIVE_MS, t -> post("/" + id, body("keepalive")));
    poll();
  }

  public long id() {
    return id;
  }

  /** Attaches a plugin; the handle id. */
  public Future<Long> attach(String plugin) {
    ObjectNode body = body("attach").put("plugin", plugin);
    return post("/" + id, body).map(reply -> {
      checkSuccess(reply);
      return reply.path("data").path("id").asLong();
    });
  }

  /** A synchronous plugin request (e.g. AudioBridge create, destroy): {@code plugindata.data} of the reply. */
  public Future<JsonNode> request(long handle, ObjectNode request) {
    ObjectNode body = body("message").set("body", request);
    return post("/" + id + "/" + handle, body).map(reply -> {
      checkSuccess(reply);
      return pluginData(reply);
    });
  }

  /**
   * An asynchronous plugin request, optionally with a JSEP: Janus acks it and the result arrives on the long poll with
   * the same transaction. Completes with that whole event ({@code plugindata}, and {@code jsep} if any).
   */
  public Future<JsonNode> message(long handle, ObjectNode request, ObjectNode jsep) {
    ObjectNode body = body("message").set("body", request);
    if (jsep != null) {
      body.set("jsep", jsep);
    }
    String transaction = body.path("transaction").asText();
    Promise<JsonNode> result = Promise.promise();
    pending.put(transaction, result);
    long timer = vertx.setTimer(REQUEST_TIMEOUT_MS, t -> fail(transaction, new JanusException(0, "no answer in time")));
    post("/" + id + "/" + handle, body).onComplete(ar -> {
      if (ar.failed()) {
        fail(transaction, ar.cause());
      } else if ("success".equals(ar.result().path("janus").asText())) {
        Promise<JsonNode> waiting = pending.remove(transaction);
        if (waiting != null) {
          waiting.tryComplete(ar.result()); // the plugin answered at once
        }
      } else if (!"ack".equals(ar.result().path("janus").asText())) {
        fail(transaction, error(ar.result()));
      }
    });
    return result.future().andThen(ar -> vertx.cancelTimer(timer)).map(event -> {
      JsonNode data = pluginData(event);
      if (data.has("error_code")) {
        throw new JanusException(data.path("error_code").asInt(), data.path("error").asText());
      }
      return event;
    });
  }

  /** Hands an ICE candidate (or {@code {"completed":true}}) to a handle. */
  public Future<Void> trickle(long handle, ObjectNode candidate) {
    ObjectNode body = body("trickle").set("candidate", candidate);
    return post("/" + id + "/" + handle, body).map(reply -> {
      checkAcked(reply);
      return null;
    });
  }

  /** Detaches a handle (its PeerConnection closes, it leaves its room). */
  public Future<Void> detach(long handle) {
    return post("/" + id + "/" + handle, body("detach")).map(reply -> {
      checkSuccess(reply);
      return null;
    });
  }

  /** Destroys the session on Janus and stops polling; never fails. */
  public Future<Void> destroy() {
    stop();
    return http.post("/" + id, body("destroy"), REQUEST_TIMEOUT_MS).<Void>mapEmpty().recover(e -> Future.succeededFuture());
  }

  private Future<JsonNode> post(String path, ObjectNode body) {
    if (lost) {
      return Future.failedFuture(new JanusException(JanusException.NO_SUCH_SESSION, "session lost"));
    }
    return http.post(path, body, REQUEST_TIMEOUT_MS)
        .compose(reply -> "error".equals(reply.path("janus").asText()) ? Future.failedFuture(error(reply))
            : Future.succeededFuture(reply))
        .onFailure(this::failed);
  }

  private void poll() {
    if (lost) {
      return;
    }
    http.get("/" + id + "?maxev=20", POLL_TIMEOUT_MS).onComplete(ar -> {
      if (ar.failed()) {
        failed(ar.cause());
        return;
      }
      JsonNode reply = ar.result();
      if ("error".equals(reply.path("janus").asText())) {
        failed(error(reply));
        return;
      }
      if (reply.isArray()) {
        reply.forEach(this::dispatch);
      }
      poll();
    });
  }

  private void dispatch(JsonNode event) {
    String transaction = event.path("transaction").asText("");
    if ("event".equals(event.path("janus").asText()) && pending.containsKey(transaction)) {
      pending.remove(transaction).tryComplete(event);
    } else if (event.has("sender")) {
      listener.event(event.path("sender").asLong(), event);
    }
  }

  private void failed(Throwable cause) {
    if (lost || !(cause instanceof JanusException je) || !je.sessionLost()) {
      return;
    }
    log.warn("janus session {} lost: {}", id, cause.getMessage());
    stop();
    Map.copyOf(pending).forEach((t, p) -> p.tryFail(cause));
    pending.clear();
    listener.lost();
  }

  private void stop() {
    lost = true;
    vertx.cancelTimer(keepaliveTimer);
  }

  private void fail(String transaction, Throwable cause) {
    Promise<JsonNode> waiting = pending.remove(transaction);
    if (waiting != null) {
      waiting.tryFail(cause);
    }
  }

  static ObjectNode body(String verb) {
    return Wire.mapper().createObjectNode().put("janus", verb).put("transaction", UUID.randomUUID().toString());
  }

  private static JsonNode pluginData(JsonNode reply) {
    return reply.path("plugindata").path("data");
  }

  private static void checkSuccess(JsonNode reply) {
    if (!"success".equals(reply.path("janus").asText())) {
      throw error(reply);
    }
  }

  private static void checkAcked(JsonNode reply) {
    String verb = reply.path("janus").asText();
    if (!"ack".equals(verb) && !"success".equals(verb)) {
      throw error(reply);
    }
  }

  private static JanusException error(JsonNode reply) {
    JsonNode error = reply.path("error");
    return new JanusException(error.path("code").asInt(0), error.path("reason").asText("unexpected reply " + reply));
  }
}

package org.tadaserver.calls.janus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.Wire;

/**
 * The session protocol against a scripted Janus: an asynchronous request is acked and answered on the long poll by
 * transaction, plugin errors fail the request, and "no such session" on the poll reports the session lost.
 */
class JanusSessionTest {
  private Vertx vertx;
  private HttpServer server;
  private final Deque<JsonNode> queued = new ArrayDeque<>();
  private HttpServerRequest parkedPoll;
  private boolean killed;
  private io.vertx.core.Context context;

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    context = vertx.getOrCreateContext();
    server = vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1").await(5, TimeUnit.SECONDS);
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().await(5, TimeUnit.SECONDS);
  }

  /** The fake Janus: session 1, handle 2; every message is acked and its answer queued for the poll. */
  private void handle(HttpServerRequest req) {
    req.body().onSuccess(buf -> {
      if (req.method().name().equals("GET")) {
        parkedPoll = req;
        flush();
        return;
      }
      JsonNode body = read(buf.toString());
      String tx = body.path("transaction").asText();
      switch (body.path("janus").asText()) {
        case "create", "attach", "detach" -> reply(req, obj("success").put("transaction", tx)
            .set("data", Wire.mapper().createObjectNode().put("id", req.path().endsWith("/janus") ? 1 : 2)));
        case "message" -> {
          reply(req, obj("ack").put("transaction", tx));
          ObjectNode data = Wire.mapper().createObjectNode();
          if (body.path("body").path("request").asText().equals("join")) {
            data.put("error_code", 485).put("error", "No such room");
          } else {
            data.put("audiobridge", "event").put("result", "ok");
          }
          ObjectNode event = obj("event").put("transaction", tx).put("sender", 2);
          event.set("plugindata", Wire.mapper().createObjectNode().set("data", data));
          event.set("jsep", Wire.mapper().createObjectNode().put("type", "answer").put("sdp", "v=0\r\n"));
          queued.add(event);
          flush();
        }
        default -> reply(req, obj("ack").put("transaction", tx));
      }
    });
  }

  private void flush() {
    if (parkedPoll == null) {
      return;
    }
    if (killed) {
      reply(parkedPoll, obj("error").set("error", Wire.mapper().createObjectNode().put("code", 458)
          .put("reason", "No such session 1")));
    } else if (!queued.isEmpty()) {
      ArrayNode events = Wire.mapper().createArrayNode();
      queued.forEach(events::add);
      queued.clear();
      reply(parkedPoll, events);
    } else {
      return;
    }
    parkedPoll = null;
  }

  /** Verifies attach, an answered request, a plugin error, and the loss of the session. */
  @Test
  void requestsAnswersAndLoss() throws Exception {
    CompletableFuture<Boolean> lost = new CompletableFuture<>();
    JanusHttp http = new JanusHttp(vertx, "http://127.0.0.1:" + server.actualPort() + "/janus");
    JanusSession session = on(() -> JanusSession.create(vertx, http, new JanusSession.Listener() {
          @Override
          public void event(long handle, JsonNode event) {}

          @Override
          public void lost() {
            lost.complete(true);
          }
        }));
    assertEquals(1, session.id());
    AudioBridge bridge = new AudioBridge(session);
    long handle = on(bridge::control);
    assertEquals(2, handle);
    assertEquals("v=0\r\n", on(() -> bridge.configure(handle, false, "v=0\r\nm=audio 9 RTP/AVP 0\r\n")));
    try {
      on(() -> bridge.join(1, "x", false, "v=0"));
      throw new AssertionError("a plugin error must fail the join");
    } catch (JanusException e) {
      assertEquals(485, e.code());
    }
    vertx.runOnContext(v -> {
      killed = true;
      flush();
    });
    assertTrue(lost.get(15, TimeUnit.SECONDS));
    try {
      on(() -> session.attach(AudioBridge.PLUGIN));
      throw new AssertionError("a lost session refuses requests");
    } catch (JanusException e) {
      assertTrue(e.sessionLost());
    }
  }

  /** Runs a session operation on the test's Vert.x context (the session is single-threaded) and waits for it. */
  private <T> T on(java.util.function.Supplier<io.vertx.core.Future<T>> op) throws Exception {
    io.vertx.core.Promise<T> result = io.vertx.core.Promise.promise();
    context.runOnContext(v -> op.get().onComplete(result));
    return result.future().await(15, TimeUnit.SECONDS);
  }

  private static ObjectNode obj(String verb) {
    return Wire.mapper().createObjectNode().put("janus", verb);
  }

  private static void reply(HttpServerRequest req, JsonNode body) {
    req.response().putHeader("Content-Type", "application/json").end(body.toString());
  }

  private static JsonNode read(String text) {
    try {
      return Wire.mapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

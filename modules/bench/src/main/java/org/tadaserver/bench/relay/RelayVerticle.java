package org.tadaserver.bench.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.ServerWebSocketHandshake;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.micrometer.PrometheusRequestHandler;
import io.vertx.micrometer.backends.BackendRegistries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: the least a server must do to relay the protocol's messages over WebSockets, with no authentication,
 * no database and no counters. A session's JID is whatever its {@code token} header says. On
 * {@code client.message.updated} it parses the event, answers {@code server.confirm} and writes
 * {@code server.message.updated} (the message with sender, chat, gentime and created added) to every session of the
 * recipient (a JID, or each member of a group registered with {@code POST /groups/{jid}}), and the echo with
 * {@code delayed:true} to the sender's sessions, as the real server does. Any other event with a confirm_id is just
 * confirmed. {@code GET /metrics} serves the same Prometheus metrics as a node, so one probe reads both.
 */
public final class RelayVerticle extends VerticleBase {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final RelayState state;
  private final String host;
  private final int port;
  private final String registry;
  private HttpServer server;

  /** @param registry the name of this Vert.x instance's meter registry, served at {@code /metrics} */
  RelayVerticle(RelayState state, String host, int port, String registry) {
    this.state = state;
    this.host = host;
    this.port = port;
    this.registry = registry;
  }

  @Override
  public Future<?> start() {
    Handler<HttpServerRequest> metrics =
        PrometheusRequestHandler.create((PrometheusMeterRegistry) BackendRegistries.getNow(registry));
    server = vertx.createHttpServer(new HttpServerOptions().setHost(host).setPort(port)
            .setMaxWebSocketMessageSize(1 << 20).setTcpNoDelay(true))
        .webSocketHandshakeHandler(this::handshake)
        .webSocketHandler(this::session)
        .requestHandler(req -> request(req, metrics));
    return server.listen();
  }

  int actualPort() {
    return server.actualPort();
  }

  private void handshake(ServerWebSocketHandshake h) {
    String token = h.headers().get("token");
    if (h.path().startsWith("/messaging/") && token != null && !token.isBlank()) {
      h.accept();
    } else {
      h.reject(401);
    }
  }

  private void request(HttpServerRequest req, Handler<HttpServerRequest> metrics) {
    if (req.path().equals("/metrics")) {
      metrics.handle(req);
    } else if (req.path().equals("/health/ready")) {
      req.response().end("{\"ok\":true}");
    } else if (req.method().name().equals("POST") && req.path().startsWith("/groups/")) {
      String jid = req.path().substring("/groups/".length());
      req.body().onSuccess(body -> {
        List<String> members = new ArrayList<>();
        body.toJsonArray().forEach(m -> members.add(String.valueOf(m)));
        state.group(jid, members);
        req.response().end("{\"ok\":true,\"result\":{\"jid\":\"" + jid + "\"}}");
      }).onFailure(e -> req.response().setStatusCode(400).end());
    } else {
      req.response().setStatusCode(404).end();
    }
  }

  private void session(ServerWebSocket ws) {
    String jid = ws.headers().get("token");
    RelayState.Session session = new RelayState.Session(ws, vertx.getOrCreateContext());
    state.join(jid, session);
    ws.closeHandler(v -> state.leave(jid, session));
    ws.textMessageHandler(text -> onText(jid, ws, text));
  }

  private void onText(String jid, ServerWebSocket ws, String text) {
    JsonNode event;
    try {
      event = JSON.readTree(text);
    } catch (Exception e) {
      ws.writeTextMessage("{\"event\":\"server.warning\",\"params\":{\"message\":\"invalid JSON\"}}");
      return;
    }
    String name = event.path("event").asText();
    String confirmId = event.path("confirm_id").asText("");
    if (name.equals("client.message.updated")) {
      relay(jid, event.path("params"));
    }
    if (!confirmId.isEmpty() && !name.equals("client.confirm")) {
      ws.writeTextMessage("{\"event\":\"server.confirm\",\"params\":{\"confirm_id\":\"" + confirmId + "\"}}");
    }
  }

  private void relay(String from, JsonNode params) {
    String to = params.path("to").asText();
    ObjectNode message = JSON.createObjectNode();
    message.put("message_id", params.path("message_id").asText());
    message.put("from", from);
    message.put("to", to);
    message.put("chat", to);
    message.put("gentime", state.gentime());
    message.put("created", Instant.now().toString());
    message.set("content", params.path("content"));
    List<String> members = state.members(to);
    List<String> recipients = members != null ? members : List.of(to);
    String delivery = event(message, false);
    for (String member : recipients) {
      if (!member.equals(from)) {
        state.sessionsOf(member).forEach(s -> s.send(delivery));
      }
    }
    String echo = event(message, true);
    state.sessionsOf(from).forEach(s -> s.send(echo));
  }

  private static String event(ObjectNode message, boolean delayed) {
    ObjectNode root = JSON.createObjectNode();
    root.put("event", "server.message.updated");
    ObjectNode params = root.putObject("params");
    ArrayNode messages = params.putArray("messages");
    messages.add(message);
    params.put("delayed", delayed);
    return root.toString();
  }
}

package org.tadaserver.gateway.ws;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.bus.DeliveryBatch;
import org.tadaserver.bus.metrics.Meters;
import org.tadaserver.directory.DirectoryService;
import org.tadaserver.gateway.GatewayConfig;
import org.tadaserver.gateway.limits.SessionLimiter;

/**
 * The WebSocket side of the gateway: {@code GET /messaging/{team}} (see {@link Handshake}), the sessions of this
 * instance ({@link SessionRegistry}), client events ({@link Dispatcher}) and server events ({@link DeliveryRouter}).
 *
 * <p>Lifecycle, driven by the gateway verticle on its event loop: {@link #mount} the route, {@link #start} (the one
 * deliveries consumer of this node), and on stop {@link #drain} (every session closed with 1001 so clients reconnect
 * elsewhere). A new session is registered before anything is written to it; its first frame is {@code server.time}.
 * Presence hears of every session's opening, activity and end ({@link PresenceHooks}) and greets it with
 * {@code server.online}.
 */
public final class Messaging {
  private static final Logger log = LoggerFactory.getLogger(Messaging.class);
  public static final String PATH = "/messaging/:team";
  /** How long a drain waits for client events in flight (a store write is far shorter) before closing sockets. */
  static final long DRAIN_EVENTS_MS = 5_000;
  private final Vertx vertx;
  private final GatewayConfig config;
  private final DirectoryService directory;
  private final SessionRegistry sessions = new SessionRegistry();
  private final Dispatcher dispatcher = Dispatcher.standard();
  private final PresenceHooks presence;
  private final OnlineFrames online = new OnlineFrames();
  private final Session.Limits limits;
  private final GatewayMeters meters;
  private MessageConsumer<DeliveryBatch> deliveries;
  private boolean draining;
  private Consumer<Session> closeListener = session -> { };

  public Messaging(Vertx vertx, GatewayConfig config, DirectoryService directory) {
    this.vertx = vertx;
    this.config = config;
    this.directory = directory;
    this.presence = new PresenceHooks(vertx, config.limits().afkAgeSeconds(), online);
    this.limits = new Session.Limits(config.outboundQueueFrames(), Session.MAX_QUEUED_BYTES, config.maxFrameBytes());
    this.meters = new GatewayMeters(Meters.of(vertx), sessions);
    dispatcher.register(PresenceHooks.ACTIVITY, presence::activity).observe(presence::observed).measure(meters);
  }

  public void mount(Router router) {
    Handshake handshake = new Handshake(directory, config, this::open);
    router.get(PATH).handler(ctx -> {
      if (draining) {
        // refused before the upgrade, so a load balancer passes the client to another node at once
        ctx.response().setStatusCode(503).putHeader("Retry-After", "1").putHeader("Content-Type", "application/json")
            .end("{\"ok\":false,\"error\":\"INTERNAL_SERVER_ERROR\",\"reason\":\"server is shutting down\"}");
      } else {
        handshake.handle(ctx);
      }
    });
  }

  /** Registers this node's deliveries consumer; completes once it is reachable. */
  public Future<Void> start() {
    DeliveryRouter router = new DeliveryRouter(sessions, directory, online);
    deliveries = Deliveries.consume(vertx, router::route);
    return deliveries.completion();
  }

  /**
   * Refuses new sessions (HTTP 503 before the upgrade), stops reading client events, lets the events in flight finish
   * and be confirmed (at most {@link #DRAIN_EVENTS_MS}), then closes every session with 1001 and completes when all are
   * gone. Deliveries keep flowing until then, so a session misses nothing before its close. Never fails.
   */
  public Future<Void> drain() {
    draining = true;
    List<Session> open = sessions.all();
    open.forEach(Session::stopReading);
    log.info("draining {} sessions", open.size());
    Promise<Void> settled = Promise.promise();
    long timer = vertx.setTimer(DRAIN_EVENTS_MS, id -> settled.tryComplete());
    dispatcher.idle().onComplete(ar -> {
      vertx.cancelTimer(timer);
      settled.tryComplete();
    });
    return settled.future().compose(v -> {
      List<Future<Void>> closed = new ArrayList<>();
      for (Session session : sessions.all()) {
        session.close(CloseCodes.GOING_AWAY, "server is shutting down");
        closed.add(session.closed());
      }
      closed.add(deliveries == null ? Future.succeededFuture() : deliveries.unregister());
      return Future.join(closed).transform(ar -> Future.succeededFuture());
    });
  }

  /** Client event handlers; features register theirs before the server listens. */
  public Dispatcher dispatcher() {
    return dispatcher;
  }

  public SessionRegistry sessions() {
    return sessions;
  }

  /** Sets the one listener told of every session that closed (calls: its device leaves its call). */
  public void onSessionClosed(Consumer<Session> listener) {
    this.closeListener = listener;
  }

  private void open(Handshake.Upgraded upgraded, Identity identity) {
    ServerWebSocket socket = upgraded.socket();
    if (socket.isClosed()) {
      upgraded.lease().release();
      return; // the client closed during the handshake
    }
    if (draining) {
      upgraded.lease().release();
      socket.close(CloseCodes.GOING_AWAY, "server is shutting down");
      return;
    }
    upgraded.channel().replyNormalToClientClose();
    Session session = new Session(vertx, socket, upgraded.channel(), identity, limits, meters);
    sessions.add(session);
    presence.opened(session, socket.headers().get("User-Agent"));
    socket.closeHandler(v -> {
      upgraded.lease().release();
      sessions.remove(session);
      if (!sessions.hasTeam(identity.team())) {
        online.forget(identity.team());
      }
      presence.closed(session);
      closeListener.accept(session);
      session.onClosed();
    });
    new Inbound(session, socket, config.maxFrameBytes(), dispatcher, SessionLimiter.of(config.rateLimits())).start();
    session.send(ServerEvents.time());
  }
}

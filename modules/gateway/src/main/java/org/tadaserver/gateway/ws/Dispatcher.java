package org.tadaserver.gateway.ws;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.WireException;
import org.tadaserver.protocol.event.Events;

/**
 * The dispatch table: client event name to {@link ClientEventHandler}, and the confirm flow around every handler
 * (reference §1.5). For each event: run the handler; if it failed, send {@code server.warning {message, orig}}; then,
 * if the event carried a non-empty confirm_id, send {@code server.confirm} - except for {@code client.confirm}, which is
 * never answered. An unknown name is a warning too ({@code "unknown event: <name>"}), confirmed like any other.
 *
 * <p>Built once per gateway instance and filled before the server listens; lookups happen on the event loop.
 */
public final class Dispatcher {
  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
  static final String PING = "client.ping";
  static final String CONFIRM = "client.confirm";
  private final Map<String, ClientEventHandler> handlers = new HashMap<>();
  private BiConsumer<Session, ClientEvent> observer = (session, event) -> { };
  private GatewayMeters meters = GatewayMeters.detached();
  private int inFlight;
  private Promise<Void> idle;

  private Dispatcher() {}

  /**
   * A table with {@code client.ping} and {@code client.confirm} handled, and every other client event of the protocol
   * answering {@code "not supported yet: <event>"} until its feature registers a real handler.
   */
  public static Dispatcher standard() {
    Dispatcher dispatcher = new Dispatcher();
    for (String name : Events.names()) {
      if (name.startsWith("client.")) {
        dispatcher.register(name, CoreHandlers.notSupported(name));
      }
    }
    return dispatcher.register(PING, CoreHandlers.PING).register(CONFIRM, CoreHandlers.CONFIRM);
  }

  /** Sets (or replaces) the handler of one client event. */
  public Dispatcher register(String event, ClientEventHandler handler) {
    if (!event.startsWith("client.")) {
      throw new IllegalArgumentException("not a client event: " + event);
    }
    handlers.put(event, handler);
    return this;
  }

  /** Sets the one observer that sees every well-formed event before its handler runs (presence's activity clock). */
  public Dispatcher observe(BiConsumer<Session, ClientEvent> observer) {
    this.observer = observer;
    return this;
  }

  /** Counts confirms and warnings into {@code meters} from now on. */
  Dispatcher measure(GatewayMeters meters) {
    this.meters = meters;
    return this;
  }

  /** Whether the event has a handler (a placeholder counts). */
  public boolean handles(String event) {
    return handlers.containsKey(event);
  }

  /** Runs the event; the future completes once its warning and confirm, if any, are written. Never fails. */
  Future<Void> dispatch(Session session, ClientEvent event) {
    inFlight++;
    return run(session, event).transform(ar -> {
      if (--inFlight == 0 && idle != null) {
        idle.tryComplete();
        idle = null;
      }
      if (ar.failed()) {
        session.send(ServerEvents.warning(describe(ar.cause()), event.orig()));
        meters.warned(ar.cause());
      }
      if (event.wantsConfirm() && !CONFIRM.equals(event.name())) {
        confirm(session, event.confirmId());
      }
      return Future.succeededFuture();
    });
  }

  /**
   * Completes when no event is being handled (at once if none is); for the drain, which stops reading first so that
   * what is in flight can finish and be confirmed before the sockets close.
   */
  Future<Void> idle() {
    if (inFlight == 0) {
      return Future.succeededFuture();
    }
    if (idle == null) {
      idle = Promise.promise();
    }
    return idle.future();
  }

  /** Answers a message that is not a usable event: a warning, and a confirm if it had a string confirm_id. */
  void reject(Session session, FrameParser.Rejected rejected) {
    session.send(ServerEvents.warning(rejected.getMessage(), rejected.orig()));
    meters.warnedMalformed();
    boolean isConfirm = CONFIRM.equals(rejected.orig().path("event").asText());
    if (rejected.confirmId() != null && !rejected.confirmId().isEmpty() && !isConfirm) {
      confirm(session, rejected.confirmId());
    }
  }

  /** Answers an event refused by the session's rate limit: a warning and, on purpose, no confirm (the client resends). */
  void throttled(Session session, String warning, JsonNode orig) {
    session.send(ServerEvents.warning(warning, orig));
    meters.throttled();
  }

  private void confirm(Session session, String confirmId) {
    session.send(ServerEvents.confirm(confirmId));
    meters.confirmed();
  }

  private Future<Void> run(Session session, ClientEvent event) {
    observer.accept(session, event);
    ClientEventHandler handler = handlers.get(event.name());
    if (handler == null) {
      return Future.failedFuture(new InvalidEventException("unknown event: " + event.name()));
    }
    try {
      Future<Void> result = handler.handle(session, event);
      return result == null ? Future.failedFuture(new IllegalStateException(event.name() + " handler returned null")) : result;
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  /** The warning text for a failure; internals are logged, never shown. */
  static String describe(Throwable failure) {
    if (failure instanceof InvalidEventException || failure instanceof WireException) {
      return failure.getMessage();
    }
    if (failure instanceof ServiceException se) {
      return se.getMessage();
    }
    log.error("client event handler failed", failure);
    return "internal error";
  }
}

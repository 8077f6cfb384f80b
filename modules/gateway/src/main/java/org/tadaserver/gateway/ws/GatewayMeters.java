package org.tadaserver.gateway.ws;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.bus.metrics.Metrics;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.WireException;

/**
 * What the WebSocket side of one gateway records (names in {@link Metrics}): open sessions and teams (read from the
 * {@link SessionRegistry}'s counts), events delivered, sessions dropped for not reading, confirms, and warnings by
 * reason. Warning reasons are a fixed set (the API error codes and four kinds of client mistake or failure), never the
 * message text, so the number of series stays bounded.
 */
final class GatewayMeters {
  static final String INVALID_EVENT = "invalid_event";
  static final String INVALID_PARAMS = "invalid_params";
  static final String MALFORMED = "malformed";
  static final String INTERNAL = "internal";
  private final MeterRegistry registry;
  private final Counter deliveries;
  private final Counter outboundDrops;
  private final Counter confirms;
  /** Filled once in the constructor with every reason, then only read. */
  private final Map<String, Counter> warnings = new HashMap<>();

  GatewayMeters(MeterRegistry registry, SessionRegistry sessions) {
    this.registry = registry;
    Gauge.builder(Metrics.SESSIONS, sessions, SessionRegistry::openCount)
        .description("open WebSocket sessions on this node").register(registry);
    Gauge.builder(Metrics.SESSION_TEAMS, sessions, SessionRegistry::teamCount)
        .description("teams with at least one open session on this node").register(registry);
    this.deliveries = Counter.builder(Metrics.DELIVERIES)
        .description("committed events written to sessions, one per session").register(registry);
    this.outboundDrops = Counter.builder(Metrics.OUTBOUND_DROPS)
        .description("sessions closed because they did not read their events").register(registry);
    this.confirms = Counter.builder(Metrics.CONFIRMS).description("server.confirm events sent").register(registry);
    // every reason exists from the start at 0, so rates and alerts over them have a series before the first warning
    for (ApiError error : ApiError.values()) {
      warnings.put(code(error), warningCounter(code(error)));
    }
    for (String reason : List.of(INVALID_EVENT, INVALID_PARAMS, MALFORMED, INTERNAL)) {
      warnings.put(reason, warningCounter(reason));
    }
  }

  /** Meters in a registry of their own, for a dispatcher not (yet) attached to a gateway. */
  static GatewayMeters detached() {
    return new GatewayMeters(new SimpleMeterRegistry(), new SessionRegistry());
  }

  void delivered() {
    deliveries.increment();
  }

  void dropped() {
    outboundDrops.increment();
  }

  void confirmed() {
    confirms.increment();
  }

  /** A warning was sent for {@code failure} (see {@link #reason}). */
  void warned(Throwable failure) {
    warned(reason(failure));
  }

  /** A warning was sent for a message that is not a usable event. */
  void warnedMalformed() {
    warned(MALFORMED);
  }

  /** A rate limit warning was sent (reason {@code rate_limit}). */
  void throttled() {
    warned(code(ApiError.RATE_LIMIT));
  }

  private void warned(String reason) {
    warnings.get(reason).increment();
  }

  private Counter warningCounter(String reason) {
    return Counter.builder(Metrics.WARNINGS).tag(Metrics.REASON, reason)
        .description("server.warning events sent, by reason").register(registry);
  }

  /** The reason tag: the service error's code, or what kind of client mistake it was; anything else is internal. */
  static String reason(Throwable failure) {
    if (failure instanceof ServiceException se) {
      return code(se.error());
    }
    if (failure instanceof InvalidEventException) {
      return INVALID_EVENT;
    }
    if (failure instanceof WireException) {
      return INVALID_PARAMS;
    }
    return INTERNAL;
  }

  private static String code(ApiError error) {
    return error.code().toLowerCase(Locale.ROOT);
  }
}

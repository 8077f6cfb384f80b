package org.tadaserver.bus;

import com.fasterxml.jackson.core.type.TypeReference;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.tadaserver.bus.metrics.Meters;
import org.tadaserver.bus.metrics.Metrics;
import org.tadaserver.protocol.Wire;

/**
 * The path from a service that committed a change to the sockets that must hear of it. Every gateway node registers
 * one consumer for {@link #ADDRESS} (never one per socket or user: each clustered registration is a cluster write) and
 * writes each delivery to its local sessions that match. Delivery over the bus is best effort; clients repair a gap
 * with delta sync against the database.
 *
 * <p>Each batch carries its commit time (wall clock, microseconds, header {@link #COMMITTED}); the receiving node
 * records commit-to-delivery once the batch is written to its sessions ({@link Metrics#COMMIT_TO_DELIVERY}). Across
 * nodes that includes their clock difference, which NTP keeps far below the latencies worth alerting on.
 */
public final class Deliveries {
  public static final String ADDRESS = "tada.deliveries";
  /** The event-bus header with the batch's commit time in microseconds since the epoch. */
  static final String COMMITTED = "committed";
  private static final TypeReference<List<Delivery>> BATCH = new TypeReference<>() {};

  private Deliveries() {}

  /** Publishes the batch to every gateway node; the order within a batch is kept for each session. */
  public static void publish(Vertx vertx, List<Delivery> batch) {
    publish(vertx, batch, nowMicros());
  }

  /** As {@link #publish(Vertx, List)}, for a batch committed at {@code committedMicros} ({@link #nowMicros()}). */
  public static void publish(Vertx vertx, List<Delivery> batch, long committedMicros) {
    if (!batch.isEmpty()) {
      DeliveryOptions options = new DeliveryOptions().addHeader(COMMITTED, Long.toString(committedMicros));
      vertx.eventBus().publish(ADDRESS, Wire.toJson(batch), options);
    }
  }

  public static MessageConsumer<String> consume(Vertx vertx, Handler<List<Delivery>> handler) {
    Timer latency = Meters.latency(Meters.of(vertx), Metrics.COMMIT_TO_DELIVERY,
        "from a commit to its events written to this node's sessions");
    return vertx.eventBus().<String>consumer(ADDRESS, msg -> {
      handler.handle(decode(msg.body()));
      recordSince(latency, msg.headers().get(COMMITTED));
    });
  }

  /** The wall clock in microseconds since the epoch: the commit time a publisher passes along. */
  public static long nowMicros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }

  private static void recordSince(Timer latency, String committedMicros) {
    if (committedMicros != null) {
      latency.record(Math.max(0, nowMicros() - Long.parseLong(committedMicros)), TimeUnit.MICROSECONDS);
    }
  }

  private static List<Delivery> decode(String json) {
    try {
      return Wire.mapper().readValue(json, BATCH);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("undecodable delivery batch", e);
    }
  }
}

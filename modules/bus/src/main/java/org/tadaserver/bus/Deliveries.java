package org.tadaserver.bus;

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

/**
 * The path from a service that committed a change to the sockets that must hear of it. Every gateway node registers
 * one consumer for {@link #ADDRESS} (never one per socket or user: each clustered registration is a cluster write) and
 * writes each delivery to its local sessions that match. Delivery over the bus is best effort; clients repair a gap
 * with delta sync against the database.
 *
 * <p>Batches travel as {@link DeliveryBatch} ({@link DeliveryBatchCodec}): consumers in the publisher's JVM share the
 * publisher's event strings, so an event is encoded once, however many consumers and sessions it reaches.
 *
 * <p>Each batch carries its commit time (wall clock, microseconds, header {@link #COMMITTED}); the receiving node
 * records commit-to-delivery once the batch is written to its sessions ({@link Metrics#COMMIT_TO_DELIVERY}). Across
 * nodes that includes their clock difference, which NTP keeps far below the latencies worth alerting on.
 */
public final class Deliveries {
  public static final String ADDRESS = "tada.deliveries";
  /** The event-bus header with the batch's commit time in microseconds since the epoch. */
  static final String COMMITTED = "committed";

  private Deliveries() {}

  /** Publishes the batch to every gateway node; the order within a batch is kept for each session. */
  public static void publish(Vertx vertx, List<Delivery> batch) {
    publish(vertx, batch, nowMicros());
  }

  /** As {@link #publish(Vertx, List)}, for a batch committed at {@code committedMicros} ({@link #nowMicros()}). */
  public static void publish(Vertx vertx, List<Delivery> batch, long committedMicros) {
    if (!batch.isEmpty()) {
      DeliveryBatchCodec.register(vertx.eventBus());
      vertx.eventBus().publish(ADDRESS, new DeliveryBatch(batch), committed(committedMicros));
    }
  }

  /** Like {@link #publish}, to this node's consumers only (for events each node sends its own sessions). */
  public static void publishLocal(Vertx vertx, List<Delivery> batch) {
    if (!batch.isEmpty()) {
      DeliveryBatchCodec.register(vertx.eventBus());
      vertx.eventBus().publish(ADDRESS, new DeliveryBatch(batch), committed(nowMicros()).setLocalOnly(true));
    }
  }

  /** Registers a consumer of every batch published anywhere in the cluster. */
  public static MessageConsumer<DeliveryBatch> consume(Vertx vertx, Handler<List<Delivery>> handler) {
    DeliveryBatchCodec.register(vertx.eventBus());
    Timer latency = Meters.latency(Meters.of(vertx), Metrics.COMMIT_TO_DELIVERY,
        "from a commit to its events written to this node's sessions");
    return vertx.eventBus().<DeliveryBatch>consumer(ADDRESS, msg -> {
      handler.handle(msg.body().deliveries());
      recordSince(latency, msg.headers().get(COMMITTED));
    });
  }

  /** The wall clock in microseconds since the epoch: the commit time a publisher passes along. */
  public static long nowMicros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }

  private static DeliveryOptions committed(long committedMicros) {
    return new DeliveryOptions().addHeader(COMMITTED, Long.toString(committedMicros));
  }

  private static void recordSince(Timer latency, String committedMicros) {
    if (committedMicros != null) {
      latency.record(Math.max(0, nowMicros() - Long.parseLong(committedMicros)), TimeUnit.MICROSECONDS);
    }
  }
}

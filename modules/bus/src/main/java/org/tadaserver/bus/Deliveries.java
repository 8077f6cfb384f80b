package org.tadaserver.bus;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.List;

/**
 * The path from a service that committed a change to the sockets that must hear of it. Every gateway node registers
 * one consumer for {@link #ADDRESS} (never one per socket or user: each clustered registration is a cluster write) and
 * writes each delivery to its local sessions that match. Delivery over the bus is best effort; clients repair a gap
 * with delta sync against the database.
 *
 * <p>Batches travel as {@link DeliveryBatch} ({@link DeliveryBatchCodec}): consumers in the publisher's JVM share the
 * publisher's event strings, so an event is encoded once, however many consumers and sessions it reaches.
 */
public final class Deliveries {
  public static final String ADDRESS = "tada.deliveries";
  private static final DeliveryOptions LOCAL = new DeliveryOptions().setLocalOnly(true);

  private Deliveries() {}

  /** Publishes the batch to every gateway node; the order within a batch is kept for each session. */
  public static void publish(Vertx vertx, List<Delivery> batch) {
    if (!batch.isEmpty()) {
      DeliveryBatchCodec.register(vertx.eventBus());
      vertx.eventBus().publish(ADDRESS, new DeliveryBatch(batch));
    }
  }

  /** Like {@link #publish}, to this node's consumers only (for events each node sends its own sessions). */
  public static void publishLocal(Vertx vertx, List<Delivery> batch) {
    if (!batch.isEmpty()) {
      DeliveryBatchCodec.register(vertx.eventBus());
      vertx.eventBus().publish(ADDRESS, new DeliveryBatch(batch), LOCAL);
    }
  }

  /** Registers a consumer of every batch published anywhere in the cluster. */
  public static MessageConsumer<DeliveryBatch> consume(Vertx vertx, Handler<List<Delivery>> handler) {
    DeliveryBatchCodec.register(vertx.eventBus());
    return vertx.eventBus().<DeliveryBatch>consumer(ADDRESS, msg -> handler.handle(msg.body().deliveries()));
  }
}

package org.tadaserver.bus;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.List;
import org.tadaserver.protocol.Wire;

/**
 * The path from a service that committed a change to the sockets that must hear of it. Every gateway node registers
 * one consumer for {@link #ADDRESS} (never one per socket or user: each clustered registration is a cluster write) and
 * writes each delivery to its local sessions that match. Delivery over the bus is best effort; clients repair a gap
 * with delta sync against the database.
 */
public final class Deliveries {
  public static final String ADDRESS = "tada.deliveries";
  private static final TypeReference<List<Delivery>> BATCH = new TypeReference<>() {};

  private Deliveries() {}

  /** Publishes the batch to every gateway node; the order within a batch is kept for each session. */
  public static void publish(Vertx vertx, List<Delivery> batch) {
    if (!batch.isEmpty()) {
      vertx.eventBus().publish(ADDRESS, Wire.toJson(batch));
    }
  }

  public static MessageConsumer<String> consume(Vertx vertx, Handler<List<Delivery>> handler) {
    return vertx.eventBus().<String>consumer(ADDRESS, msg -> handler.handle(decode(msg.body())));
  }

  private static List<Delivery> decode(String json) {
    try {
      return Wire.mapper().readValue(json, BATCH);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("undecodable delivery batch", e);
    }
  }
}

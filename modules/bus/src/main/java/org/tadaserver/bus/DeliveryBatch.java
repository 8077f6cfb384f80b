package org.tadaserver.bus;

import java.util.List;

/**
 * The body of one message on {@link Deliveries#ADDRESS}: deliveries in the order they must reach each session. Carried
 * by {@link DeliveryBatchCodec}, so consumers in the publishing JVM get this very object (no copy, no encoding) and
 * other nodes get it in a compact binary form in which each event's JSON text travels as its UTF-8 bytes.
 */
public record DeliveryBatch(List<Delivery> deliveries) {
  public DeliveryBatch {
    deliveries = List.copyOf(deliveries);
  }
}

package org.tadaserver.bus;
public class DeliveryBatchCodecAccess {
  private final DeliveryBatchCodec c = new DeliveryBatchCodec();
  public void encode(io.vertx.core.buffer.Buffer b, DeliveryBatch d) { c.encodeToWire(b, d); }
  public DeliveryBatch decode(io.vertx.core.buffer.Buffer b) { return c.decodeFromWire(0, b); }
}

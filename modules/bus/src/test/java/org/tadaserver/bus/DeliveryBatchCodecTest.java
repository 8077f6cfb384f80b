package org.tadaserver.bus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliveryBatchCodecTest {
  private final DeliveryBatchCodec codec = new DeliveryBatchCodec();

  /** Verifies that every kind of delivery survives the wire form, including non-ASCII text and an empty batch. */
  @Test
  void roundTrip() {
    UUID team = UUID.randomUUID();
    DeliveryBatch batch = new DeliveryBatch(List.of(
        Delivery.toTeam(team, "{\"event\":\"server.online\"}"),
        Delivery.toUser(team, UUID.randomUUID(), "{\"text\":\"Привет 👋 \\\"quoted\\\"\"}"),
        new Delivery(null, List.of(UUID.randomUUID(), UUID.randomUUID()), "")));
    Buffer wire = Buffer.buffer().appendString("prefix");
    codec.encodeToWire(wire, batch);
    assertEquals(batch, codec.decodeFromWire("prefix".length(), wire));
    Buffer empty = Buffer.buffer();
    codec.encodeToWire(empty, new DeliveryBatch(List.of()));
    assertEquals(new DeliveryBatch(List.of()), codec.decodeFromWire(0, empty));
  }

  /** Verifies that consumers in the same JVM get the publisher's object itself. */
  @Test
  void localTransferSharesTheBatch() {
    DeliveryBatch batch = new DeliveryBatch(List.of(Delivery.toTeam(UUID.randomUUID(), "{}")));
    assertSame(batch, codec.transform(batch));
  }

  /** Verifies that a truncated batch fails loudly instead of yielding a partial one. */
  @Test
  void truncatedInputFails() {
    Buffer wire = Buffer.buffer();
    codec.encodeToWire(wire, new DeliveryBatch(List.of(Delivery.toUser(UUID.randomUUID(), UUID.randomUUID(),
        "{\"event\":\"x\"}"))));
    Buffer cut = wire.getBuffer(0, wire.length() - 3);
    assertThrows(IndexOutOfBoundsException.class, () -> codec.decodeFromWire(0, cut));
  }
}

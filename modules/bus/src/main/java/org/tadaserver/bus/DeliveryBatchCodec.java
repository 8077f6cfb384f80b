package org.tadaserver.bus;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;

/**
 * Event-bus codec of {@link DeliveryBatch}. Within a JVM the batch is handed over as it is (it is immutable); across
 * nodes it is written as: count, then per delivery a team flag and uuid, the user count and uuids, and the event's
 * UTF-8 length and bytes. The event text is never escaped into or parsed out of another JSON document, which was the
 * largest single cost of a group message (Jackson string escaping and unescaping of every recipient's event).
 */
final class DeliveryBatchCodec implements MessageCodec<DeliveryBatch, DeliveryBatch> {
  static final String NAME = "tada-delivery-batch";
  private static final Set<EventBus> REGISTERED = Collections.newSetFromMap(new WeakHashMap<>());

  /**
   * Makes the codec the default for {@link DeliveryBatch} on this event bus, once. Both ends call it: a node must know
   * the codec before the first batch from another node reaches it.
   */
  static void register(EventBus bus) {
    synchronized (REGISTERED) {
      if (REGISTERED.add(bus)) {
        try {
          bus.registerDefaultCodec(DeliveryBatch.class, new DeliveryBatchCodec());
        } catch (IllegalStateException alreadyRegistered) {
          // registered by an earlier class loader's copy of this class (tests): that one is equivalent
        }
      }
    }
  }

  @Override
  public void encodeToWire(Buffer buffer, DeliveryBatch batch) {
    buffer.appendInt(batch.deliveries().size());
    for (Delivery d : batch.deliveries()) {
      buffer.appendByte((byte) (d.team() == null ? 0 : 1));
      if (d.team() != null) {
        appendUuid(buffer, d.team());
      }
      buffer.appendInt(d.users().size());
      d.users().forEach(u -> appendUuid(buffer, u));
      byte[] event = d.event().getBytes(StandardCharsets.UTF_8);
      buffer.appendInt(event.length).appendBytes(event);
    }
  }

  @Override
  public DeliveryBatch decodeFromWire(int pos, Buffer buffer) {
    int at = pos;
    int count = buffer.getInt(at);
    at += 4;
    List<Delivery> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      UUID team = null;
      if (buffer.getByte(at++) != 0) {
        team = uuidAt(buffer, at);
        at += 16;
      }
      int users = buffer.getInt(at);
      at += 4;
      List<UUID> ids = new ArrayList<>(users);
      for (int u = 0; u < users; u++, at += 16) {
        ids.add(uuidAt(buffer, at));
      }
      int length = buffer.getInt(at);
      at += 4;
      out.add(new Delivery(team, ids, buffer.getString(at, at + length, "UTF-8")));
      at += length;
    }
    return new DeliveryBatch(out);
  }

  @Override
  public DeliveryBatch transform(DeliveryBatch batch) {
    return batch;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public byte systemCodecID() {
    return -1;
  }

  private static void appendUuid(Buffer buffer, UUID id) {
    buffer.appendLong(id.getMostSignificantBits()).appendLong(id.getLeastSignificantBits());
  }

  private static UUID uuidAt(Buffer buffer, int at) {
    return new UUID(buffer.getLong(at), buffer.getLong(at + 8));
  }
}

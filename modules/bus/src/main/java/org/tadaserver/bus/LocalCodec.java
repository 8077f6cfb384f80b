package org.tadaserver.bus;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageCodec;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Event-bus codec of {@link LocalCall} and {@link LocalReply}: they are only ever sent with
 * {@code setLocalOnly(true)} or as the reply to a local request, so the object is handed over and never written. A
 * try to send one to another node is a bug and fails loudly instead of losing the call.
 */
final class LocalCodec implements MessageCodec<Object, Object> {
  private static final Set<EventBus> REGISTERED = Collections.newSetFromMap(new WeakHashMap<>());
  private final String name;

  private LocalCodec(String name) {
    this.name = name;
  }

  /** Makes this codec the default for both classes on {@code bus}, once. */
  static void register(EventBus bus) {
    synchronized (REGISTERED) {
      if (REGISTERED.add(bus)) {
        registerFor(bus, LocalCall.class);
        registerFor(bus, LocalReply.class);
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void registerFor(EventBus bus, Class<?> type) {
    try {
      bus.registerDefaultCodec((Class) type, new LocalCodec("tada-rpc-local-" + type.getSimpleName()));
    } catch (IllegalStateException alreadyRegistered) {
      // registered by an earlier class loader's copy of this class (tests): that one is equivalent
    }
  }

  @Override
  public void encodeToWire(Buffer buffer, Object value) {
    throw new IllegalStateException(value.getClass().getSimpleName() + " must not leave the JVM");
  }

  @Override
  public Object decodeFromWire(int pos, Buffer buffer) {
    throw new IllegalStateException("a local-only bus call arrived from another node");
  }

  @Override
  public Object transform(Object value) {
    return value;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public byte systemCodecID() {
    return -1;
  }
}

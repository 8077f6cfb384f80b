package org.tadaserver.reminds;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.bus.Delivery;
import org.tadaserver.protocol.Wire;

/**
 * The receiving half of "fired exactly once": deploy one on every node that runs a gateway. Schedulers publish
 * {@link Firing}s to {@link #ADDRESS}; each relay hands a firing to its own node's gateway (a local-only publish on
 * {@link Deliveries#publishLocal}) unless it has already handed over that remind.
 *
 * <p>Why: a scheduler publishes, then records the remind as fired. If it dies or stalls in between, its lease runs out
 * and another scheduler fires the remind again; the relays that saw the first firing drop the second, and those that
 * missed it (the first was lost with the dead node) deliver it. So every surviving session gets each remind once.
 * Memory is per node: a remind re-fired after {@link RemindSettings#dedupeMs()} (only possible when a scheduler stalls
 * that long) or to a node restarted in between is delivered again.
 */
public final class FiredRelay extends VerticleBase {
  public static final String ADDRESS = "tada.reminds.fired";
  private static final TypeReference<List<Firing>> BATCH = new TypeReference<>() {};
  private static final int MAX_REMEMBERED = 1_000_000;
  private final long dedupeMs;
  /** Remind uid to the time it was handed over, oldest first; touched only on this verticle's event loop. */
  private final LinkedHashMap<String, Long> delivered = new LinkedHashMap<>();
  private MessageConsumer<String> consumer;

  public FiredRelay(RemindSettings settings) {
    this.dedupeMs = settings.dedupeMs();
  }

  /** Sends firings to every node's relay. */
  static void publish(io.vertx.core.Vertx vertx, List<Firing> firings) {
    if (!firings.isEmpty()) {
      vertx.eventBus().publish(ADDRESS, Wire.toJson(firings));
    }
  }

  @Override
  public Future<?> start() {
    consumer = vertx.eventBus().consumer(ADDRESS, msg -> relay(decode(msg.body())));
    return consumer.completion();
  }

  private void relay(List<Firing> firings) {
    long now = System.currentTimeMillis();
    forget(now);
    List<Delivery> fresh = new ArrayList<>();
    for (Firing f : firings) {
      if (delivered.putIfAbsent(f.remind(), now) == null) {
        fresh.add(f.delivery());
      }
    }
    if (!fresh.isEmpty()) {
      Deliveries.publishLocal(vertx, fresh);
    }
  }

  private void forget(long now) {
    Iterator<Map.Entry<String, Long>> it = delivered.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Long> oldest = it.next();
      if (oldest.getValue() > now - dedupeMs && delivered.size() < MAX_REMEMBERED) {
        return;
      }
      it.remove();
    }
  }

  private static List<Firing> decode(String json) {
    try {
      return Wire.mapper().readValue(json, BATCH);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("undecodable firing batch", e);
    }
  }
}

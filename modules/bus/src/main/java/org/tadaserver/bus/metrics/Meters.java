package org.tadaserver.bus.metrics;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The meter registry of each Vert.x instance (one per node; several nodes share a JVM in the cluster tests) and the
 * one way latency and size meters are built, so every histogram has the same buckets. The node binds its Prometheus
 * registry before it deploys anything; modules look it up once when they are built and keep the meters in fields, so
 * recording on the hot path is a field access and an atomic add. An instance nothing was bound to (module tests) gets
 * a private in-memory registry, so meters always work.
 */
public final class Meters {
  private static final Map<Vertx, MeterRegistry> REGISTRIES = Collections.synchronizedMap(new WeakHashMap<>());

  private Meters() {}

  /** Makes {@code registry} the one {@link #of} returns for {@code vertx}. */
  public static void bind(Vertx vertx, MeterRegistry registry) {
    REGISTRIES.put(vertx, registry);
  }

  /** The registry bound to {@code vertx}, or a private one created for it on first use. */
  public static MeterRegistry of(Vertx vertx) {
    return REGISTRIES.computeIfAbsent(vertx, v -> new SimpleMeterRegistry());
  }

  /** A latency histogram from 1 ms to 30 s, which is what a send or a delivery may take. */
  public static Timer latency(MeterRegistry registry, String name, String description) {
    return Timer.builder(name).description(description)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry);
  }

  /** A histogram of how many messages something carries (1 to the batch limit). */
  public static DistributionSummary messages(MeterRegistry registry, String name, String description) {
    return DistributionSummary.builder(name).description(description).baseUnit(Metrics.MESSAGES_UNIT)
        .publishPercentileHistogram()
        .minimumExpectedValue(1.0)
        .maximumExpectedValue(1_000.0)
        .register(registry);
  }
}

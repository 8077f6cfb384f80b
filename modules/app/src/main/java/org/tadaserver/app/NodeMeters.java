package org.tadaserver.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.micrometer.backends.BackendRegistries;
import org.tadaserver.app.cluster.NodeVertx;
import org.tadaserver.bus.metrics.Meters;
import org.tadaserver.bus.metrics.Metrics;

/**
 * The node's own Prometheus registry, made the one every module records into ({@link Meters#bind}) before anything
 * is deployed, and the node-level gauge: cluster members as this node sees them.
 */
final class NodeMeters {
  private NodeMeters() {}

  /** Binds the Vert.x registry named {@code registryName} to the node's Vert.x instance; returns it. */
  static MeterRegistry bind(NodeVertx nv, String registryName) {
    MeterRegistry registry = BackendRegistries.getNow(registryName);
    if (registry == null) {
      throw new IllegalStateException("metrics registry " + registryName + " missing: metrics are not enabled");
    }
    Meters.bind(nv.vertx(), registry);
    Gauge.builder(Metrics.CLUSTER_MEMBERS, nv, NodeMeters::members)
        .description("cluster members this node sees (1 when standalone)").register(registry);
    return registry;
  }

  private static int members(NodeVertx nv) {
    return nv.clustered() ? nv.hazelcast().getNodes().size() : 1;
  }
}

package org.tadaserver.bench.relay;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A running baseline relay: its own Vert.x (metrics on, like a node) with one {@link RelayVerticle} per event loop
 * sharing one {@link RelayState}. Started in-process by tests, or as its own JVM by {@link RelayMain} so that its CPU
 * and heap are measured apart from the generator's, as a node's are.
 */
public final class Relay implements AutoCloseable {
  private final Vertx vertx;
  private final int port;

  private Relay(Vertx vertx, int port) {
    this.vertx = vertx;
    this.port = port;
  }

  /** Listens on {@code host:port} (0 = a free port) with {@code eventLoops} loops. */
  public static Relay start(String host, int port, int eventLoops) throws Exception {
    // A registry of its own, so that relays started in one JVM (tests) do not share meters.
    String registry = "tada-relay-" + UUID.randomUUID();
    Vertx vertx = Vertx.builder().with(new VertxOptions().setEventLoopPoolSize(eventLoops)
        .setMetricsOptions(new MicrometerMetricsOptions().setRegistryName(registry)
            .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true))
            .setJvmMetricsEnabled(true).setEnabled(true))).build();
    RelayState state = new RelayState();
    // All instances listen on one port: a negative port asks Vert.x for one random port shared by them all.
    int listenPort = port == 0 ? -1 : port;
    List<RelayVerticle> instances = new CopyOnWriteArrayList<>();
    vertx.deployVerticle(() -> {
      RelayVerticle v = new RelayVerticle(state, host, listenPort, registry);
      instances.add(v);
      return v;
    }, new DeploymentOptions().setInstances(eventLoops)).await(30, TimeUnit.SECONDS);
    int actual = instances.get(0).actualPort();
    return new Relay(vertx, actual);
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    try {
      Future<Void> closed = vertx.close();
      closed.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      // best effort at the end of a run
    }
  }
}

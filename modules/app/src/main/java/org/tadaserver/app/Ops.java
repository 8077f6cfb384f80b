package org.tadaserver.app;

import io.vertx.core.Vertx;
import io.vertx.ext.healthchecks.HealthChecks;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.healthchecks.HealthCheckHandler;
import io.vertx.micrometer.PrometheusScrapingHandler;
import java.util.function.Supplier;
import org.tadaserver.store.db.Database;

/**
 * Operational endpoints on the node's HTTP port: {@code /metrics} (Prometheus text), {@code /health/live} (the
 * process answers) and {@code /health/ready} (the database answers and is migrated; a load balancer sends no users to a
 * node that is not ready, and none to one that is draining). A node without the directory and chats roles has no
 * database of its own, so its readiness does not check one.
 */
final class Ops {
  /** The Prometheus scrape path (deploy/k8s annotations and ServiceMonitor). */
  static final String METRICS = "/metrics";
  /** Liveness: the process answers (Kubernetes liveness and startup probes). */
  static final String LIVE = "/health/live";
  /** Readiness: this node takes users (Kubernetes readiness probe; false while draining). */
  static final String READY = "/health/ready";

  private Ops() {}

  static void mount(Vertx vertx, String registry, Router router, Database database, Supplier<Boolean> draining) {
    router.get(METRICS).handler(PrometheusScrapingHandler.create(registry));
    HealthChecks live = HealthChecks.create(vertx).register("process", p -> p.complete(Status.OK()));
    HealthChecks ready = HealthChecks.create(vertx)
        .register("accepting", p -> p.complete(draining.get() ? Status.KO() : Status.OK()));
    if (database != null) {
      ready.register("database", 2_000, p -> database.ping()
          .onSuccess(v -> p.complete(database.migrated() ? Status.OK() : Status.KO()))
          .onFailure(e -> p.complete(Status.KO())));
    }
    router.get(LIVE).handler(HealthCheckHandler.createWithHealthChecks(live));
    router.get(READY).handler(HealthCheckHandler.createWithHealthChecks(ready));
  }
}

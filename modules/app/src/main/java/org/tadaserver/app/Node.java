package org.tadaserver.app;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.app.config.NodeConfig;
import org.tadaserver.chats.ChatVerticle;
import org.tadaserver.directory.DirectoryVerticle;
import org.tadaserver.gateway.GatewayVerticle;
import org.tadaserver.store.db.Database;
import org.tadaserver.store.db.DatabaseConfig;

/**
 * One running node: a Vert.x instance with metrics, the database (embedded unless {@code pg_url} is set), the
 * capability verticles and the gateway. {@link #close()} drains: the gateway stops accepting and closes sockets with
 * 1001 so clients reconnect elsewhere, then services stop, then the database pool (and an embedded server) closes.
 */
public final class Node {
  private static final Logger log = LoggerFactory.getLogger(Node.class);
  private final Vertx vertx;
  private final Database database;
  private final GatewayVerticle gateway;
  private final AtomicBoolean draining;
  private final String gatewayDeployment;

  private Node(Vertx vertx, Database database, GatewayVerticle gateway, String gatewayDeployment, AtomicBoolean draining) {
    this.vertx = vertx;
    this.database = database;
    this.gateway = gateway;
    this.gatewayDeployment = gatewayDeployment;
    this.draining = draining;
  }

  public static Future<Node> start(NodeConfig config) {
    Vertx vertx = Vertx.builder().with(vertxOptions()).build();
    DatabaseConfig dbConfig = config.database(config.pgPoolSize());
    AtomicBoolean draining = new AtomicBoolean();
    return Database.open(vertx, dbConfig)
        .compose(db -> vertx.deployVerticle(new DirectoryVerticle(db, config.gateway().limits()))
            .compose(id -> vertx.deployVerticle(new ChatVerticle(db, config.gateway().limits())))
            .compose(id -> {
              GatewayVerticle gateway = new GatewayVerticle(config.gateway(), router -> Ops.mount(vertx, router, db, draining::get));
              return vertx.deployVerticle(gateway, new DeploymentOptions())
                  .map(gid -> new Node(vertx, db, gateway, gid, draining));
            })
            .recover(e -> db.close().transform(x -> Future.<Node>failedFuture(e))))
        .recover(e -> vertx.close().transform(x -> Future.failedFuture(e)));
  }

  private static VertxOptions vertxOptions() {
    return new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions()
        .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true))
        .setJvmMetricsEnabled(true)
        .setEnabled(true));
  }

  public int httpPort() {
    return gateway.actualPort();
  }

  public Vertx vertx() {
    return vertx;
  }

  public Database database() {
    return database;
  }

  /** Drains and stops; safe to call twice. */
  public Future<Void> close() {
    if (!draining.compareAndSet(false, true)) {
      return Future.succeededFuture();
    }
    log.info("node draining");
    // Not chained with eventually(): a future of this Vert.x instance's context never completes once it is closed.
    Promise<Void> stopped = Promise.promise();
    vertx.undeploy(gatewayDeployment)
        .eventually(database::close)
        .onComplete(ar -> vertx.close().onComplete(closed -> {
          log.info("node stopped");
          stopped.complete();
        }));
    return stopped.future();
  }
}

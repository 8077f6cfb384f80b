package org.tadaserver.app;

import io.vertx.core.Deployable;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.ext.web.Router;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.app.cluster.HazelcastMembership;
import org.tadaserver.app.cluster.NodeVertx;
import org.tadaserver.app.cluster.Role;
import org.tadaserver.app.config.NodeConfig;
import org.tadaserver.bus.BusRpc;
import org.tadaserver.calls.CallService;
import org.tadaserver.calls.CallsVerticle;
import org.tadaserver.chats.ChatService;
import org.tadaserver.chats.ChatVerticle;
import org.tadaserver.directory.DirectoryVerticle;
import org.tadaserver.gateway.GatewayVerticle;
import org.tadaserver.presence.NodeMembership;
import org.tadaserver.presence.PresenceVerticle;
import org.tadaserver.reminds.FiredRelay;
import org.tadaserver.reminds.RemindSettings;
import org.tadaserver.reminds.RemindVerticle;
import org.tadaserver.sections.SectionVerticle;
import org.tadaserver.store.db.Database;
import org.tadaserver.store.db.DatabaseConfig;

/**
 * One running node: a Vert.x instance with metrics (clustered over Hazelcast when {@code cluster.enabled}), the
 * database (embedded unless {@code pg_url} is set; only for the directory, chats, calls and reminds roles) and the
 * verticles of its roles (calls only with calls.janus_url). {@link #close()} drains: a clustered node first leaves the
 * roster (no more chat work is routed here), the gateway stops accepting and closes sockets with 1001 so clients reconnect elsewhere, the services leave the event
 * bus and get {@link #SERVICE_GRACE_MS} to finish what other nodes sent them, then the database pool (and an embedded
 * server) closes, and last the node leaves the cluster.
 */
public final class Node {
  private static final Logger log = LoggerFactory.getLogger(Node.class);
  /** How long a draining clustered node keeps its database after its services left the event bus. */
  static final long SERVICE_GRACE_MS = 1_000;
  /** Nodes started in this JVM, for unique registry names. */
  private static final AtomicInteger STARTED = new AtomicInteger();
  private final NodeConfig config;
  private final NodeVertx nodeVertx;
  private final Database database;
  private final GatewayVerticle gateway;
  /** The metrics and health port of a node without the gateway; null when the gateway serves them. */
  private final OpsVerticle opsOnly;
  private final AtomicBoolean draining;
  /** Deployment ids in the order they are undeployed on drain: gateway first, the services after it. */
  private final List<String> deployments;

  private Node(NodeConfig config, NodeVertx nodeVertx, Database database, GatewayVerticle gateway, OpsVerticle opsOnly,
      List<String> deployments, AtomicBoolean draining) {
    this.config = config;
    this.nodeVertx = nodeVertx;
    this.database = database;
    this.gateway = gateway;
    this.opsOnly = opsOnly;
    this.deployments = deployments;
    this.draining = draining;
  }

  public static Future<Node> start(NodeConfig config) {
    String registry = metricsRegistry(config);
    return NodeVertx.start(config.cluster(), vertxOptions(registry))
        .compose(nv -> Future.succeededFuture(nv).map(v -> NodeMeters.bind(nv, registry))
            .compose(meters -> openDatabase(nv.vertx(), config))
            .compose(db -> deploy(config, nv, db, registry)
                .recover(e -> (db == null ? Future.<Void>succeededFuture() : db.close())
                    .transform(x -> Future.<Node>failedFuture(e))))
            .recover(e -> nv.vertx().close().transform(x -> Future.failedFuture(e))))
        .onSuccess(node -> log.info("node {} started with roles {}{}", config.nodeId(), config.roles(),
            node.clustered() ? " in cluster '" + config.cluster().name() + "'" : ""));
  }

  private static Future<Database> openDatabase(Vertx vertx, NodeConfig config) {
    if (!config.runs(Role.DIRECTORY) && !config.runs(Role.CHATS) && !config.runs(Role.REMINDS) && !runsCalls(config)) {
      return Future.succeededFuture(null);
    }
    DatabaseConfig dbConfig = config.database(config.pgPoolSize());
    return Database.open(vertx, dbConfig);
  }

  /** Deploys the services first and the gateway last, so the gateway never takes a request it cannot serve here. */
  private static Future<Node> deploy(NodeConfig config, NodeVertx nv, Database db, String registry) {
    Vertx vertx = nv.vertx();
    AtomicBoolean draining = new AtomicBoolean();
    List<String> deployed = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    if (config.runs(Role.DIRECTORY)) {
      chain = chain.compose(v -> deploy(vertx, deployed, new DirectoryVerticle(db, config.gateway().limits())));
      chain = chain.compose(v -> deploy(vertx, deployed, new SectionVerticle(db, config.gateway().limits())));
    }
    if (config.runs(Role.CHATS)) {
      chain = chain.compose(v -> deploy(vertx, deployed, new ChatVerticle(db, config.gateway().limits())));
      if (nv.clustered()) {
        chain = chain.compose(v -> nv.chatAffinity().install());
      }
    }
    if (runsCalls(config)) {
      String own = nv.clustered() ? CallsVerticle.nodeAddress(nv.hazelcast().getNodeId()) : null;
      chain = chain.compose(v -> deploy(vertx, deployed, new CallsVerticle(db.pool(), config.calls(), own)));
    }
    if (config.runs(Role.REMINDS)) {
      chain = chain.compose(v -> deploy(vertx, deployed, new RemindVerticle(db, RemindSettings.DEFAULTS,
          config.nodeId())));
    }
    if (config.runs(Role.PRESENCE)) {
      NodeMembership membership = nv.clustered() ? new HazelcastMembership(nv.hazelcast())
          : NodeMembership.standalone(config.nodeId());
      chain = chain.compose(v -> deploy(vertx, deployed, new PresenceVerticle(config.presence(), membership)));
    }
    Consumer<Router> opsRoutes = router -> Ops.mount(vertx, registry, router, db, draining::get);
    GatewayVerticle gateway = config.runs(Role.GATEWAY) ? new GatewayVerticle(config.gateway(), opsRoutes,
        v -> nv.clustered() ? nv.chatAffinity().client() : BusRpc.client(v, ChatService.class, ChatService.ADDRESS),
        config.calls(),
        v -> nv.clustered() ? nv.callAffinity().client() : BusRpc.client(v, CallService.class, CallService.ADDRESS))
        : null;
    OpsVerticle opsOnly = gateway == null
        ? new OpsVerticle(config.gateway().host(), config.gateway().port(), opsRoutes) : null;
    if (gateway != null) {
      chain = chain.compose(v -> deploy(vertx, deployed, new FiredRelay(RemindSettings.DEFAULTS)));
    }
    chain = chain.compose(v -> deploy(vertx, deployed, gateway != null ? gateway : opsOnly));
    if (nv.clustered()) {
      chain = chain.compose(v -> nv.roster().enter(config.roles()));
    }
    return chain.map(v -> new Node(config, nv, db, gateway, opsOnly, deployed, draining));
  }

  /** The calls role is active only with an SFU configured; without one features.json says calls are off. */
  private static boolean runsCalls(NodeConfig config) {
    return config.runs(Role.CALLS) && config.calls().enabled();
  }

  private static Future<Void> deploy(Vertx vertx, List<String> deployed, Deployable verticle) {
    return vertx.deployVerticle(verticle).map(id -> {
      deployed.add(id);
      return null;
    });
  }

  /**
   * Each node's own meter registry, unique per node started in this JVM: several nodes in one JVM (the cluster tests,
   * tests with two nodes) would otherwise share one, mixing their meters, and the first to close would stop it for the
   * others. Node ids alone are not unique there (the default is host and pid).
   */
  private static String metricsRegistry(NodeConfig config) {
    return "tada-" + config.nodeId() + "-" + STARTED.incrementAndGet();
  }

  private static VertxOptions vertxOptions(String registry) {
    return new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions()
        .setRegistryName(registry)
        .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true))
        .setJvmMetricsEnabled(true)
        .setEnabled(true));
  }

  /** The HTTP port: the gateway's, or on a node without it the port serving only /metrics and /health. */
  public int httpPort() {
    return gateway != null ? gateway.actualPort() : opsOnly.actualPort();
  }

  public Vertx vertx() {
    return nodeVertx.vertx();
  }

  /** The database; null when this node runs neither directory nor chats. */
  public Database database() {
    return database;
  }

  public NodeConfig config() {
    return config;
  }

  public boolean clustered() {
    return nodeVertx.clustered();
  }

  /** The Hazelcast member id of a clustered node (also its Vert.x node id), else this node's configured id. */
  public String clusterNodeId() {
    return clustered() ? nodeVertx.hazelcast().getNodeId() : config.nodeId();
  }

  /** The Hazelcast cluster manager of a clustered node; null for a standalone one. */
  public HazelcastClusterManager clusterManager() {
    return nodeVertx.hazelcast();
  }

  /** The node that runs the chat work of {@code team} as this node routes it; null when standalone. */
  public String chatOwnerOf(String team) {
    return clustered() ? nodeVertx.chatAffinity().ownerOf(team) : null;
  }

  /** How many members the cluster has as this node sees it (1 for a standalone node). */
  public int clusterMembers() {
    return clustered() ? nodeVertx.hazelcast().getNodes().size() : 1;
  }

  /** Drains and stops; safe to call twice. */
  public Future<Void> close() {
    if (!draining.compareAndSet(false, true)) {
      return Future.succeededFuture();
    }
    log.info("node {} draining", config.nodeId());
    Vertx vertx = nodeVertx.vertx();
    // Not chained with eventually(): a future of this Vert.x instance's context never completes once it is closed.
    Promise<Void> stopped = Promise.promise();
    // leave the roster first, so other nodes stop routing chat work here while this one drains
    Future<Void> undeployed = clustered() ? nodeVertx.roster().leave().recover(e -> Future.succeededFuture())
        : Future.succeededFuture();
    for (int i = deployments.size() - 1; i >= 0; i--) {
      String id = deployments.get(i);
      undeployed = undeployed.eventually(() -> vertx.undeploy(id)
          .onFailure(e -> log.warn("undeploying {} failed: {}", id, e.toString())));
    }
    if (clustered()) {
      // services are unregistered now; requests other nodes sent just before finish on the still open database
      undeployed = undeployed.eventually(() -> {
        Promise<Void> grace = Promise.promise();
        vertx.setTimer(SERVICE_GRACE_MS, id -> grace.complete());
        return grace.future();
      });
    }
    undeployed
        .eventually(() -> database == null ? Future.succeededFuture() : database.close())
        .onComplete(ar -> vertx.close().onComplete(closed -> {
          log.info("node {} stopped", config.nodeId());
          stopped.complete();
        }));
    return stopped.future();
  }
}

package org.tadaserver.app.cluster;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Vert.x instance of a node: a plain one, or with {@code cluster.enabled} one whose event bus spans the Hazelcast
 * cluster (the event bus binds to {@code cluster.host}, like Hazelcast).
 *
 * @param hazelcast the cluster manager; null for a standalone node
 * @param roster the roles of the cluster's nodes; null for a standalone node
 * @param chatAffinity the routing of chat work to the team's owner node; null for a standalone node
 * @param callAffinity the routing of calls to the team's owner node; null for a standalone node
 */
public record NodeVertx(Vertx vertx, HazelcastClusterManager hazelcast, NodeRoster roster, ChatAffinity chatAffinity,
    CallAffinity callAffinity) {
  private static final Logger log = LoggerFactory.getLogger(NodeVertx.class);

  public static Future<NodeVertx> start(ClusterConfig cluster, VertxOptions options) {
    if (!cluster.enabled()) {
      return Future.succeededFuture(new NodeVertx(Vertx.builder().with(options).build(), null, null, null, null));
    }
    EventBusOptions bus = options.getEventBusOptions().setPort(cluster.busPort());
    if (!cluster.host().isEmpty()) {
      bus.setHost(cluster.host());
    }
    HazelcastClusterManager manager = new HazelcastClusterManager(HazelcastConfigs.build(cluster));
    long started = System.nanoTime();
    return Vertx.builder().with(options).withClusterManager(manager).buildClustered()
        .map(vertx -> {
          log.info("joined cluster '{}' as node {} in {} ms; members: {}", cluster.name(), manager.getNodeId(),
              (System.nanoTime() - started) / 1_000_000, manager.getNodes().size());
          NodeRoster roster = new NodeRoster(vertx, manager);
          ChatAffinity affinity = new ChatAffinity(vertx, manager.getNodeId(), () -> roster.nodesWith(Role.CHATS));
          CallAffinity calls = new CallAffinity(vertx, () -> roster.nodesWith(Role.CALLS));
          return new NodeVertx(vertx, manager, roster, affinity, calls);
        });
  }

  public boolean clustered() {
    return hazelcast != null;
  }
}

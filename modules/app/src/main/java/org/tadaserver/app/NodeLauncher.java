package org.tadaserver.app;

import com.hazelcast.cluster.Member;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.app.cluster.ExpulsionWatch;
import org.tadaserver.app.config.NodeConfig;

/**
 * Runs a node in the foreground until SIGTERM/SIGINT, then drains it (bounded by {@link #DRAIN_LIMIT_S}). A clustered
 * node that finds the cluster removed it while it was frozen ({@link ExpulsionWatch}) drains the same way and exits
 * with {@link #EXIT_EXPELLED}.
 */
final class NodeLauncher {
  private static final Logger log = LoggerFactory.getLogger(NodeLauncher.class);
  /** Below Kubernetes' default 30 s grace period, so the drain finishes before a SIGKILL. */
  static final int DRAIN_LIMIT_S = 25;
  /**
   * The exit status of a node that drained because the cluster removed it while it was frozen (EX_TEMPFAIL): its
   * supervisor should start it again, and it then joins as a fresh member.
   */
  static final int EXIT_EXPELLED = 75;

  private NodeLauncher() {}

  static void run(NodeConfig config) {
    Node node;
    try {
      node = Node.start(config).await(120, TimeUnit.SECONDS);
    } catch (Exception e) {
      log.error("node failed to start", e);
      System.exit(1);
      return;
    }
    String host = config.gateway().host().equals("0.0.0.0") ? "127.0.0.1" : config.gateway().host();
    String url = "http://" + host + ":" + node.httpPort();
    log.info("tada-server ready at {}", url);
    // stdout carries only log lines (JSON by default); the human line goes to stderr.
    System.err.println("tada-server listening on " + url + " (WebSocket " + url.replace("http", "ws") + "/messaging/{team})");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        node.close().await(DRAIN_LIMIT_S, TimeUnit.SECONDS);
      } catch (Exception e) {
        log.warn("drain did not finish cleanly: {}", e.toString());
      }
    }, "tada-shutdown"));
    if (node.clustered()) {
      ExpulsionWatch.start(() -> memberIds(node), Duration.ofSeconds(config.cluster().heartbeatTimeoutSeconds()),
          () -> System.exit(EXIT_EXPELLED));
    }
  }

  private static Set<UUID> memberIds(Node node) {
    return node.clusterManager().getHazelcastInstance().getCluster().getMembers().stream().map(Member::getUuid)
        .collect(Collectors.toSet());
  }
}

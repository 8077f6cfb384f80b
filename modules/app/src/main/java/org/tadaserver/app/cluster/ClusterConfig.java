package org.tadaserver.app.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a node joins a Hazelcast cluster ({@code cluster.*} in conf/application.yaml). Off by default: one node, no
 * Hazelcast.
 *
 * @param enabled join a cluster; the event bus then spans every node
 * @param name the cluster name; nodes with another name never join this cluster (tests use a unique one per test)
 * @param configFile a Hazelcast XML file; null = the bundled conf/cluster.xml (loopback TCP-IP join)
 * @param host the interface Hazelcast and the event bus bind to; empty = as the XML file says (the Kubernetes hook)
 * @param port Hazelcast's first port (the next free one is taken when it is in use); 0 = as the XML file says
 * @param members the TCP-IP join's members ({@code host} or {@code host:port}); empty = as the XML file says
 * @param portTryCount how many ports from {@code port} up a member without a port is probed on
 * @param heartbeatTimeoutSeconds seconds without a heartbeat after which a member is removed (Hazelcast's default is
 *     60, far too slow for presence and for clients waiting on a dead node)
 * @param busPort the event bus's TCP port; 0 = any free port
 */
public record ClusterConfig(
    boolean enabled, String name, Path configFile, String host, int port, List<String> members, int portTryCount,
    int heartbeatTimeoutSeconds, int busPort) {

  public ClusterConfig {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("cluster.name must not be empty");
    }
    host = host == null ? "" : host.trim();
    members = List.copyOf(members);
    if (port < 0 || port > 65_535 || busPort < 0 || busPort > 65_535) {
      throw new IllegalArgumentException("cluster.port and cluster.bus_port must be 0..65535");
    }
    if (portTryCount < 1) {
      throw new IllegalArgumentException("cluster.port_try_count must be at least 1");
    }
    if (heartbeatTimeoutSeconds < 2) {
      throw new IllegalArgumentException("cluster.heartbeat_timeout_s must be at least 2");
    }
  }

  /** Parses {@code "127.0.0.1:5701, 127.0.0.1:5702"}; blanks are dropped. */
  public static List<String> parseMembers(String list) {
    List<String> members = new ArrayList<>();
    for (String part : list.split(",")) {
      String member = part.trim();
      if (!member.isEmpty()) {
        int colon = member.lastIndexOf(':');
        if (colon >= 0 && member.substring(colon).contains("-")) {
          // Hazelcast rejects port ranges in a member with a NumberFormatException deep in the join
          throw new IllegalArgumentException("cluster.members: port ranges are not supported (" + member
              + "); list each host:port or set cluster.port_try_count");
        }
        members.add(member);
      }
    }
    return members;
  }

  /** A single, non-clustered node. */
  public static ClusterConfig standalone() {
    return new ClusterConfig(false, "tada", null, "127.0.0.1", 5701, List.of(), 3, 5, 0);
  }
}

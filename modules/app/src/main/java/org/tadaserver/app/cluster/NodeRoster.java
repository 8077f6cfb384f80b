package org.tadaserver.app.cluster;

import com.hazelcast.replicatedmap.ReplicatedMap;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which live node runs which roles. Each node enters itself at start and leaves at drain, in a Hazelcast replicated map
 * (every member holds a copy, so a lookup is a local read); entries of members that died are ignored because only the
 * cluster's current members count, and are removed by any survivor.
 */
public final class NodeRoster {
  private static final String MAP = "tada.roster";
  private final Vertx vertx;
  private final HazelcastClusterManager manager;
  private final ReplicatedMap<String, String> roles;

  public NodeRoster(Vertx vertx, HazelcastClusterManager manager) {
    this.vertx = vertx;
    this.manager = manager;
    this.roles = manager.getHazelcastInstance().getReplicatedMap(MAP);
    manager.getHazelcastInstance().getCluster().addMembershipListener(new com.hazelcast.cluster.MembershipListener() {
      @Override
      public void memberAdded(com.hazelcast.cluster.MembershipEvent event) {
        // a new node enters itself
      }

      @Override
      public void memberRemoved(com.hazelcast.cluster.MembershipEvent event) {
        removeDead();
      }
    });
  }

  /** Enters this node with its roles. */
  public Future<Void> enter(Set<Role> own) {
    String names = own.stream().map(Role::configName).collect(Collectors.joining(","));
    return vertx.executeBlocking(() -> {
      roles.put(manager.getNodeId(), names);
      return null;
    }, false);
  }

  /** Leaves the roster (drain), so the others stop routing to this node before it goes. */
  public Future<Void> leave() {
    return vertx.executeBlocking(() -> {
      roles.remove(manager.getNodeId());
      return null;
    }, false);
  }

  /** The live members that run {@code role}, in no particular order; a local read. */
  public List<String> nodesWith(Role role) {
    Set<String> live = new HashSet<>(manager.getNodes());
    String name = role.configName();
    return roles.entrySet().stream()
        .filter(e -> live.contains(e.getKey()) && List.of(e.getValue().split(",")).contains(name))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Removes entries of members that are gone (after a crash nobody else would); runs on a Hazelcast thread. */
  private void removeDead() {
    Set<String> live = new HashSet<>(manager.getNodes());
    roles.keySet().stream().filter(id -> !live.contains(id)).toList().forEach(roles::remove);
  }
}

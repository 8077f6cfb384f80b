package org.tadaserver.app.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.util.function.Consumer;
import org.tadaserver.presence.NodeMembership;

/**
 * Node ids and departures as Hazelcast sees them. The id is Vert.x's node id (the member attribute vertx-hazelcast
 * sets), and a member that leaves, or that the failure detector declares dead, is reported as gone. The listener is
 * Hazelcast's own, next to the one Vert.x registers, so the event bus's clean-up is not disturbed.
 */
public final class HazelcastMembership implements NodeMembership {
  /** The member attribute vertx-hazelcast stores the Vert.x node id in. */
  private static final String NODE_ID = "__vertx.nodeId";
  private final HazelcastClusterManager manager;

  public HazelcastMembership(HazelcastClusterManager manager) {
    this.manager = manager;
  }

  @Override
  public String localNode() {
    return manager.getNodeId();
  }

  @Override
  public void onNodeLeft(Consumer<String> listener) {
    manager.getHazelcastInstance().getCluster().addMembershipListener(new MembershipListener() {
      @Override
      public void memberAdded(MembershipEvent event) {
        // a new node announces itself to presence over the event bus
      }

      @Override
      public void memberRemoved(MembershipEvent event) {
        listener.accept(nodeId(event.getMember()));
      }
    });
  }

  @Override
  public boolean isMember(String node) {
    return manager.getHazelcastInstance().getCluster().getMembers().stream().anyMatch(m -> node.equals(nodeId(m)));
  }

  private static String nodeId(Member member) {
    String id = member.getAttribute(NODE_ID);
    return id != null ? id : member.getUuid().toString();
  }
}

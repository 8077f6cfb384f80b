package org.tadaserver.presence;

import java.util.function.Consumer;

/**
 * Which node this is, and which nodes leave the cluster. A node that dies cannot say goodbye, so the cluster's failure
 * detector tells presence to forget its sessions; the node app implements this over Hazelcast.
 */
public interface NodeMembership {
  /** This node's id, as {@link #onNodeLeft} reports ids. */
  String localNode();

  /** Calls {@code listener} (on any thread) with the id of each node that leaves or is found dead. */
  void onNodeLeft(Consumer<String> listener);

  /**
   * Whether {@code node} is a member of this node's cluster now. A node the cluster removed while it was frozen can
   * still reach the others' event buses until it notices and leaves; what it reports must not count.
   */
  boolean isMember(String node);

  /** A node alone: no other node ever leaves. */
  static NodeMembership standalone(String id) {
    return new NodeMembership() {
      @Override
      public String localNode() {
        return id;
      }

      @Override
      public void onNodeLeft(Consumer<String> listener) {
        // nothing else is in this cluster of one
      }

      @Override
      public boolean isMember(String node) {
        return id.equals(node);
      }
    };
  }
}

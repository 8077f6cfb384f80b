package org.tadaserver.e2e.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.tadaserver.testkit.TestCluster;

/**
 * A node drains while clients chat through it: they are closed with 1001, reconnect to another node, catch up, and
 * see no error at all; every confirmed message is stored once and reached every member.
 */
class DrainAndReconnectTest {

  /** Verifies a drain of node 2 under steady traffic from clients on all three nodes. */
  @Test
  void drainLosesNothingAndShowsNoErrors() throws Exception {
    try (TestCluster cluster = TestCluster.start(3)) {
      List<String> live = new java.util.concurrent.CopyOnWriteArrayList<>(
          cluster.nodes().stream().map(n -> n.baseUrl()).toList());
      try (Conversation talk = new Conversation(Accounts.of(cluster.admin()), 3, live.get(0), i -> rotating(live, i))) {
        talk.start(Duration.ofMillis(100));
        Thread.sleep(2_000);
        String drained = live.remove(2);
        cluster.node(2).close();
        Thread.sleep(2_000);
        talk.stop();
        assertEquals(List.of(), talk.errors(), "a drain shows clients no error");
        ChattingClient moved = talk.clients.get(2);
        assertEquals(List.of(1001), moved.closeCodes(), "the client of " + drained + " was told to go away");
        assertTrue(moved.reconnects() >= 1);
        assertTrue(talk.confirmed().size() > 20, "traffic flowed: " + talk.confirmed().size());
        talk.assertNothingLost(live.get(0));
      }
    }
  }

  /** Client {@code i} starts on node {@code i} and moves to the next live node on each reconnect. */
  private static Supplier<String> rotating(List<String> live, int first) {
    AtomicInteger next = new AtomicInteger(first);
    return () -> live.get(Math.floorMod(next.getAndIncrement(), live.size()));
  }
}

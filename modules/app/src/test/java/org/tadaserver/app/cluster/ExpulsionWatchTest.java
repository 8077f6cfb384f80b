package org.tadaserver.app.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExpulsionWatchTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private final UUID self = UUID.randomUUID();
  private final UUID a = UUID.randomUUID();
  private final UUID b = UUID.randomUUID();
  private final Set<UUID> members = new HashSet<>(List.of(self, a, b));
  private long now = 1_000_000_000L;
  private final AtomicInteger expelled = new AtomicInteger();
  private final ExpulsionWatch watch = new ExpulsionWatch(() -> Set.copyOf(members), () -> now, TIMEOUT,
      expelled::incrementAndGet);

  /** Verifies the SIGSTOP case: frozen past the timeout, then the others are gone: the node leaves, once. */
  @Test
  void frozenPastTheTimeoutAndRemoved() {
    steady(8);
    advance(Duration.ofSeconds(12));
    watch.tick();
    assertEquals(0, expelled.get(), "the membership has not changed yet");
    members.removeAll(Set.of(a, b));
    advance(ExpulsionWatch.TICK);
    watch.tick();
    assertEquals(1, expelled.get());
    assertTrue(watch.expelled());
    steady(8);
    assertEquals(1, expelled.get(), "leaves once");
  }

  /** Verifies that a freeze after which every member is still there (it was not removed) changes nothing. */
  @Test
  void frozenButStillAMember() {
    steady(4);
    advance(Duration.ofSeconds(6));
    watch.tick();
    steady((int) ((TIMEOUT.toMillis() + ExpulsionWatch.GRACE.toMillis()) / ExpulsionWatch.TICK.toMillis()) + 4);
    members.remove(a); // a member that dies long after the freeze is an ordinary departure
    steady(4);
    assertEquals(0, expelled.get());
  }

  /** Verifies that members leaving while this node runs normally (another node died) is no expulsion. */
  @Test
  void othersLeavingWhileThisNodeRuns() {
    steady(4);
    members.removeAll(Set.of(a, b));
    steady(4);
    assertEquals(0, expelled.get());
    assertFalse(watch.expelled());
  }

  /** Verifies that a pause shorter than the failure timeout (a GC pause) does not arm the check. */
  @Test
  void shortPause() {
    steady(4);
    advance(Duration.ofSeconds(4));
    watch.tick();
    members.remove(a);
    steady(4);
    assertEquals(0, expelled.get());
  }

  /** Verifies that a new member joining after the freeze is not mistaken for a change that matters. */
  @Test
  void aMemberJoiningAfterTheFreeze() {
    steady(2);
    advance(Duration.ofSeconds(10));
    watch.tick();
    members.add(UUID.randomUUID());
    steady(40);
    assertEquals(0, expelled.get());
  }

  private void steady(int ticks) {
    for (int i = 0; i < ticks; i++) {
      advance(ExpulsionWatch.TICK);
      watch.tick();
    }
  }

  private void advance(Duration d) {
    now += d.toNanos();
  }
}

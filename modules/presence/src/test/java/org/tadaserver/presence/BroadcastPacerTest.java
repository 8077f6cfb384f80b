package org.tadaserver.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class BroadcastPacerTest {
  private final BroadcastPacer pacer = new BroadcastPacer(100, 2_500);
  private final UUID team = UUID.randomUUID();

  /** Verifies that small teams keep the coalescing window and big ones wait longer, never past the maximum. */
  @Test
  void gapGrowsWithSessionsTimesList() {
    assertEquals(100, pacer.gapMs(190, 19));
    assertEquals(100, pacer.gapMs(0, 0));
    assertEquals(300, pacer.gapMs(500, 50));
    assertEquals(2_500, pacer.gapMs(5_000, 500));
    assertEquals(2_500, pacer.gapMs(19_000, 1_900));
  }

  /** Verifies that the first broadcast goes at once and the next waits for the gap after the last one. */
  @Test
  void waitsForTheGapAfterTheLastBroadcast() {
    assertEquals(1_000, pacer.nextAllowed(team, 5_000, 500, 1_000));
    pacer.sent(team, 1_000);
    assertEquals(3_500, pacer.nextAllowed(team, 5_000, 500, 1_200));
    assertEquals(1_200, pacer.nextAllowed(team, 10, 10, 1_200));
    assertEquals(9_000, pacer.nextAllowed(team, 5_000, 500, 9_000));
    pacer.forget(team);
    assertEquals(1_200, pacer.nextAllowed(team, 5_000, 500, 1_200));
  }

  /** Verifies that inconsistent bounds are refused. */
  @Test
  void badBounds() {
    assertThrows(IllegalArgumentException.class, () -> new BroadcastPacer(0, 100));
    assertThrows(IllegalArgumentException.class, () -> new BroadcastPacer(200, 100));
  }
}

package org.tadaserver.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateTest {
  @Test
  void badCountsAndWindowsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Rate(-1, 60));
    assertThrows(IllegalArgumentException.class, () -> new Rate(10, 0));
    assertThrows(IllegalArgumentException.class, () -> new Rate(10, Rate.MAX_WINDOW_S + 1));
    assertTrue(new Rate(0, 60).unlimited());
  }

  @Test
  void badConfigsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new RateLimitConfig(true, Rate.UNLIMITED, Rate.UNLIMITED,
        Rate.UNLIMITED, Rate.UNLIMITED, Rate.UNLIMITED, -1, 10));
    assertThrows(IllegalArgumentException.class, () -> new RateLimitConfig(true, Rate.UNLIMITED, Rate.UNLIMITED,
        Rate.UNLIMITED, Rate.UNLIMITED, Rate.UNLIMITED, 0, 0));
  }

  @Test
  void aRefusalWaitsAtLeastOneWholeSecond() {
    assertEquals(1, Admission.refused(1).retryAfterSeconds());
    assertEquals(2, Admission.refused(1_000_000_001L).retryAfterSeconds());
    assertEquals(3, Admission.refused(3_000_000_000L).retryAfterSeconds());
  }
}

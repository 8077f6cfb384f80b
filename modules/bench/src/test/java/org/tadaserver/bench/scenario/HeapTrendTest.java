package org.tadaserver.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapTrendTest {
  /** One sample a minute for an hour: {@code base + perHour * t}, plus a +-{@code noise} MB zigzag. */
  private static List<HeapTrend.Point> hour(double base, double perHour, double noise) {
    List<HeapTrend.Point> points = new ArrayList<>();
    for (int m = 0; m <= 60; m++) {
      double t = m / 60.0;
      points.add(new HeapTrend.Point(t, base + perHour * t + (m % 2 == 0 ? noise : -noise)));
    }
    return points;
  }

  @Test
  void aFlatNoisyHeapPasses() {
    HeapTrend t = HeapTrend.of(hour(200, 0, 4), 5 / 60.0, 10, 5, 10);
    assertEquals("pass", t.verdict());
    assertEquals(56, t.samples(), "the first five minutes are left out");
    assertEquals(0, t.slopeMbPerHour(), 1.0);
    assertTrue(t.slopeStdErrMbPerHour() > 0 && t.slopeStdErrMbPerHour() < 5, t.toString());
  }

  @Test
  void theSlopeIsTheLeastSquaresFitInMbPerHour() {
    HeapTrend t = HeapTrend.of(hour(100, 30, 0), 0, 10, 50, 100);
    assertEquals(30, t.slopeMbPerHour(), 1e-9);
    assertEquals(0, t.slopeStdErrMbPerHour(), 1e-9);
    assertEquals(115, t.meanMb(), 1e-9);
    assertEquals(102.25, t.firstWindowMb(), 1e-9, "mean of minutes 0..9");
    assertEquals(127.75, t.lastWindowMb(), 1e-9, "mean of minutes 51..60");
  }

  @Test
  void aLeakOfTwentyMbPerHourOnTwoHundredFails() {
    HeapTrend t = HeapTrend.of(hour(200, 20, 2), 5 / 60.0, 10, 5, 10);
    assertEquals("fail", t.verdict(), t.toString());
    assertTrue(t.slopeMbPerHour() > 10, t.toString());
  }

  @Test
  void aStepAtTheEndFailsOnTheWindowsEvenWithASmallSlopeLimitMet() {
    List<HeapTrend.Point> points = hour(200, 0, 0);
    for (int m = 55; m <= 60; m++) {
      points.set(m, new HeapTrend.Point(m / 60.0, 300));
    }
    HeapTrend t = HeapTrend.of(points, 0, 10, 1000, 10);
    assertEquals("fail", t.verdict(), t.toString());
    assertTrue(t.growthPercent() > 10, t.toString());
  }

  @Test
  void aFallingHeapPasses() {
    assertEquals("pass", HeapTrend.of(hour(300, -50, 1), 0, 10, 5, 10).verdict());
  }

  @Test
  void tooFewSamplesAfterTheWarmupIsNoVerdict() {
    HeapTrend t = HeapTrend.of(hour(200, 0, 0), 59 / 60.0, 10, 5, 10);
    assertEquals(2, t.samples());
    assertEquals("too few samples", t.verdict());
    assertEquals("too few samples", HeapTrend.of(List.of(), 0, 10, 5, 10).verdict());
  }

  @Test
  void unknownSamplesAreLeftOut() {
    List<HeapTrend.Point> points = new ArrayList<>(hour(200, 0, 0));
    points.add(new HeapTrend.Point(1.1, -1));
    assertEquals(61, HeapTrend.of(points, 0, 10, 5, 10).samples());
  }

  @Test
  void badOptionsAreRefused() {
    Duration s = Duration.ofSeconds(10);
    assertThrows(IllegalArgumentException.class, () -> new SoakOptions(0, 4, 1, 0, s, s, s, s, 10, 5, 10));
    assertThrows(IllegalArgumentException.class, () -> new SoakOptions(1, 4, 5, 0, s, s, s, s, 10, 5, 10));
    assertThrows(IllegalArgumentException.class,
        () -> new SoakOptions(1, 4, 1, 0, s, s, Duration.ZERO, s, 10, 5, 10));
    assertThrows(IllegalArgumentException.class, () -> new SoakOptions(1, 4, 1, 0, s, s, s, s, 10, -1, 10));
    assertThrows(IllegalArgumentException.class, () -> new Churn(0, 2, s, s));
    assertThrows(IllegalArgumentException.class, () -> new Churn(0, -1, s, Duration.ZERO));
  }
}

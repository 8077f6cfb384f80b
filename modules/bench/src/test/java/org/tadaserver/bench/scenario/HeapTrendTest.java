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
    HeapTrend t = HeapTrend.of(hour(200, 0, 4), 5 / 60.0, 10, 1024, 1, 25);
    assertEquals("pass", t.verdict(), t.toString());
    assertEquals(56, t.samples(), "the first five minutes are left out");
    assertEquals(0, t.slopeMbPerHour(), 1.0);
    assertTrue(t.slopeStdErrMbPerHour() > 0 && t.slopeStdErrMbPerHour() < 5, t.toString());
    assertEquals(10.24, t.slopeLimitMbPerHour(), 1e-9, "1% of the 1024 MB limit");
  }

  @Test
  void theSlopeIsTheLeastSquaresFitInMbPerHour() {
    HeapTrend t = HeapTrend.of(hour(100, 30, 0), 0, 10, 0, 50, 100);
    assertEquals(30, t.slopeMbPerHour(), 1e-9);
    assertEquals(0, t.slopeStdErrMbPerHour(), 1e-9);
    assertEquals(115, t.meanMb(), 1e-9);
    assertEquals(57.5, t.slopeLimitMbPerHour(), 1e-9, "no heap limit known: 50% of the mean live heap");
    assertEquals(102.25, t.firstWindowMb(), 1e-9, "mean of minutes 0..9");
    assertEquals(127.75, t.lastWindowMb(), 1e-9, "mean of minutes 51..60");
    assertEquals("pass", t.verdict());
  }

  @Test
  void aLeakOfTwentyMbPerHourFailsTheSlopeLimitOfOnePercentOfAGigabyte() {
    HeapTrend t = HeapTrend.of(hour(200, 20, 2), 5 / 60.0, 10, 1024, 1, 25);
    assertEquals("fail", t.verdict(), t.toString());
    assertTrue(t.slopeMbPerHour() > 15, t.toString());
    assertTrue(t.growthPercent() < 25, "only the slope fails: " + t);
  }

  @Test
  void theSlopesUpperBoundIsCompared() {
    HeapTrend t = HeapTrend.of(hour(200, 8, 10), 0, 10, 1024, 1, 25);
    assertTrue(t.slopeMbPerHour() < t.slopeLimitMbPerHour(), t.toString());
    assertEquals("fail", t.verdict(), "8 MB/h within +-10 MB of noise does not rule out 10 MB/h: " + t);
  }

  @Test
  void aSmallHeapThatDoublesFailsOnTheWindowsUnderALaxSlopeLimit() {
    HeapTrend t = HeapTrend.of(hour(20, 20, 0.5), 5 / 60.0, 10, 6000, 1, 25);
    assertTrue(t.slopeMbPerHour() + 2 * t.slopeStdErrMbPerHour() < t.slopeLimitMbPerHour(), t.toString());
    assertTrue(t.growthPercent() > 25, t.toString());
    assertEquals("fail", t.verdict());
  }

  @Test
  void aStepAtTheEndFailsOnTheWindows() {
    List<HeapTrend.Point> points = hour(200, 0, 0);
    for (int m = 55; m <= 60; m++) {
      points.set(m, new HeapTrend.Point(m / 60.0, 300));
    }
    HeapTrend t = HeapTrend.of(points, 0, 10, 1024, 1000, 10);
    assertEquals("fail", t.verdict(), t.toString());
    assertEquals(30, t.growthPercent(), 1e-9, "four of the last ten at 200, six at 300");
  }

  @Test
  void aFallingHeapPasses() {
    assertEquals("pass", HeapTrend.of(hour(300, -50, 1), 0, 10, 1024, 1, 25).verdict());
  }

  @Test
  void tooFewSamplesAfterTheWarmupIsNoVerdict() {
    HeapTrend t = HeapTrend.of(hour(200, 0, 0), 59 / 60.0, 10, 1024, 1, 25);
    assertEquals(2, t.samples());
    assertEquals("too few samples", t.verdict());
    assertEquals("too few samples", HeapTrend.of(List.of(), 0, 10, 1024, 1, 25).verdict());
  }

  @Test
  void unknownSamplesAreLeftOut() {
    List<HeapTrend.Point> points = new ArrayList<>(hour(200, 0, 0));
    points.add(new HeapTrend.Point(1.1, -1));
    assertEquals(61, HeapTrend.of(points, 0, 10, 1024, 1, 25).samples());
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

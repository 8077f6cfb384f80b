package org.tadaserver.e2e.cluster;

import java.util.Arrays;
import java.util.Locale;

/** Summary of measured latencies, for the numbers docs/cluster.md quotes. */
record Percentiles(int count, double p50Ms, double p99Ms, double maxMs) {
  static Percentiles ofNanos(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Percentiles(sorted.length, ms(sorted[(int) (sorted.length * 0.50)]),
        ms(sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))]), ms(sorted[sorted.length - 1]));
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "n=%d p50=%.3f ms p99=%.3f ms max=%.3f ms", count, p50Ms, p99Ms, maxMs);
  }
}

package org.tadaserver.bench.scenario;

import java.util.List;

/**
 * Whether a series of live-heap samples trends upward: the least-squares slope over the samples after the warm-up
 * (in MB per hour, with its standard error), and the mean of the last {@code window} samples against the mean of the
 * first {@code window} after the warm-up. The series passes when the slope is at most {@code maxSlopePercent} of the
 * mean live heap per hour and the last window's mean is at most {@code maxGrowthPercent} above the first's. Both
 * limits are relative to the live heap, not to the heap's maximum, so that a small leak in a large heap still shows.
 *
 * @param samples the samples after the warm-up, and so in the fit
 * @param verdict {@code pass}, {@code fail}, or {@code too few samples} (fewer than three after the warm-up)
 */
public record HeapTrend(int samples, double meanMb, double slopeMbPerHour, double slopeStdErrMbPerHour,
    double firstWindowMb, double lastWindowMb, double growthPercent, String verdict) {

  /** One point of the series: hours since the start, and the live heap in MB. */
  public record Point(double hours, double heapMb) {}

  public static HeapTrend of(List<Point> points, double warmupHours, int window, double maxSlopePercent,
      double maxGrowthPercent) {
    List<Point> fit = points.stream().filter(p -> p.hours() >= warmupHours && p.heapMb() >= 0).toList();
    int n = fit.size();
    if (n < 3) {
      return new HeapTrend(n, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          "too few samples");
    }
    double meanT = fit.stream().mapToDouble(Point::hours).average().orElseThrow();
    double meanH = fit.stream().mapToDouble(Point::heapMb).average().orElseThrow();
    double sxx = 0;
    double sxy = 0;
    for (Point p : fit) {
      sxx += (p.hours() - meanT) * (p.hours() - meanT);
      sxy += (p.hours() - meanT) * (p.heapMb() - meanH);
    }
    double slope = sxx == 0 ? 0 : sxy / sxx;
    double residuals = 0;
    for (Point p : fit) {
      double e = p.heapMb() - (meanH + slope * (p.hours() - meanT));
      residuals += e * e;
    }
    double stdErr = sxx == 0 ? Double.NaN : Math.sqrt(residuals / (n - 2) / sxx);
    int w = Math.max(1, Math.min(window, n / 3));
    double first = fit.subList(0, w).stream().mapToDouble(Point::heapMb).average().orElseThrow();
    double last = fit.subList(n - w, n).stream().mapToDouble(Point::heapMb).average().orElseThrow();
    double growth = first > 0 ? (last - first) * 100 / first : Double.NaN;
    boolean flat = slope <= maxSlopePercent / 100 * meanH && !(growth > maxGrowthPercent);
    return new HeapTrend(n, meanH, slope, stdErr, first, last, growth, flat ? "pass" : "fail");
  }
}

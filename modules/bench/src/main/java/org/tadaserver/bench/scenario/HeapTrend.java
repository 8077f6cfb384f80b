package org.tadaserver.bench.scenario;

import java.util.List;

/**
 * Whether a series of live-heap samples trends upward. Over the samples after the warm-up it fits a least-squares line
 * (slope in MB per hour, with its standard error) and compares the mean of the last {@code window} samples with the
 * mean of the first {@code window}. The series passes when both hold:
 * <ul>
 *   <li>the slope's upper bound (slope plus two standard errors, about 95% one-sided) is at most
 *   {@code maxSlopePercent} of the heap's limit per hour: any leak is then small enough that it would need at least
 *   {@code 100 / maxSlopePercent} hours to fill even an empty heap. The bound, not the slope itself, is compared, so
 *   a pass says the data rule such a leak out, not merely that they failed to show one;</li>
 *   <li>the last window's mean is at most {@code maxGrowthPercent} above the first's. For a small live heap in a
 *   large limit this is the stricter check: a leak that doubles the live heap within the hour fails it.</li>
 * </ul>
 * With the limit unknown ({@code heapLimitMb <= 0}), the slope is compared with the mean live heap instead.
 *
 * @param samples the samples after the warm-up, and so in the fit
 * @param verdict {@code pass}, {@code fail}, or {@code too few samples} (fewer than three after the warm-up)
 */
public record HeapTrend(int samples, double meanMb, double slopeMbPerHour, double slopeStdErrMbPerHour,
    double slopeLimitMbPerHour, double firstWindowMb, double lastWindowMb, double growthPercent, String verdict) {

  /** One point of the series: hours since the start, and the live heap in MB. */
  public record Point(double hours, double heapMb) {}

  public static HeapTrend of(List<Point> points, double warmupHours, int window, double heapLimitMb,
      double maxSlopePercent, double maxGrowthPercent) {
    List<Point> fit = points.stream().filter(p -> p.hours() >= warmupHours && p.heapMb() >= 0).toList();
    int n = fit.size();
    if (n < 3) {
      return new HeapTrend(n, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
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
    double limit = maxSlopePercent / 100 * (heapLimitMb > 0 ? heapLimitMb : meanH);
    boolean flat = !(slope + 2 * stdErr > limit) && !(growth > maxGrowthPercent);
    return new HeapTrend(n, meanH, slope, stdErr, limit, first, last, growth, flat ? "pass" : "fail");
  }
}

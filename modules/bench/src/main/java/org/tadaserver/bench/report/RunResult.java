package org.tadaserver.bench.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The outcome of one scenario against one target: flat named numbers (their names carry the unit, e.g.
 * {@code latency_p99_ms}) in the order they are printed, and the send-to-deliver histogram when the scenario measured
 * one (for the chart).
 */
public final class RunResult {
  private final String label;
  private final Map<String, Object> metrics = new LinkedHashMap<>();
  private Histogram latency;

  public RunResult(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public RunResult put(String name, Object value) {
    metrics.put(name, value);
    return this;
  }

  public Map<String, Object> metrics() {
    return metrics;
  }

  /** A number by name, or NaN when absent or not numeric. */
  public double number(String name) {
    return metrics.get(name) instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  public long count(String name) {
    return metrics.get(name) instanceof Number n ? n.longValue() : 0;
  }

  public Histogram latency() {
    return latency;
  }

  public RunResult latency(Histogram histogram) {
    this.latency = histogram;
    return this;
  }

  /** Adds p50/p90/p99/p99.9/max/mean (milliseconds) and the count of {@code h} under {@code prefix}. */
  public RunResult percentiles(String prefix, Histogram h) {
    put(prefix + "_count", h.getTotalCount());
    put(prefix + "_p50_ms", ms(h.getValueAtPercentile(50)));
    put(prefix + "_p90_ms", ms(h.getValueAtPercentile(90)));
    put(prefix + "_p99_ms", ms(h.getValueAtPercentile(99)));
    put(prefix + "_p99_9_ms", ms(h.getValueAtPercentile(99.9)));
    put(prefix + "_max_ms", ms(h.getMaxValue()));
    put(prefix + "_mean_ms", round(h.getMean() / 1000.0));
    return this;
  }

  private static double ms(long micros) {
    return round(micros / 1000.0);
  }

  /** Three decimals: enough for milliseconds measured in microseconds. */
  public static double round(double v) {
    return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : v;
  }
}

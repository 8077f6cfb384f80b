package org.tadaserver.bench.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.tadaserver.bench.metrics.NodeSample;
import org.tadaserver.bench.metrics.ServerProbe;
import org.tadaserver.bench.report.RunResult;

/**
 * The soak's server samples, one every {@code every}: live heap, heap limit, RSS, open sessions and CPU, summed over
 * the nodes, printed as a line each and kept for the result with their {@link HeapTrend}. The live heap is the used
 * heap right after a full GC forced with {@code jcmd} when every node runs on this machine; otherwise (a remote node,
 * no GC can be forced) it is the least used heap of the scrapes made every {@link #REMOTE_SCRAPE_NANOS} within the
 * interval, which approaches the heap after the interval's collections. A sample (a {@code jcmd} run, a GC, a scrape)
 * can take seconds on a busy machine, so it is taken on a thread of its own and the run's other watchers keep their
 * pace; a sample that falls due while the last one still runs is skipped and counted.
 */
final class HeapSampler implements RunWatcher {
  private static final long REMOTE_SCRAPE_NANOS = 5_000_000_000L;
  private static final double MB = 1048576.0;
  private final String label;
  private final ServerProbe probe;
  private final Progress progress;
  private final SoakOptions options;
  private final boolean forcedGc;
  private final List<Map<String, Object>> rows = new ArrayList<>();
  private final List<HeapTrend.Point> points = new ArrayList<>();
  private long nextSample;
  private long nextScrape;
  private double intervalMinHeap = Double.MAX_VALUE;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "soak-heap-sampler");
    t.setDaemon(true);
    return t;
  });
  private Future<?> running;
  private long skipped;
  private double heapLimitMb = -1;
  private List<NodeSample> previous;

  HeapSampler(String label, ServerProbe probe, Progress progress, SoakOptions options, int nodes) {
    this.label = label;
    this.probe = probe;
    this.progress = progress;
    this.options = options;
    this.forcedGc = probe.localProcesses().size() == nodes;
  }

  @Override
  public void tick(Clients clients, long elapsedNanos) {
    if (!forcedGc && elapsedNanos >= nextScrape) {
      nextScrape = elapsedNanos + REMOTE_SCRAPE_NANOS;
      intervalMinHeap = Math.min(intervalMinHeap, heap(probe.sample()));
    }
    if (elapsedNanos >= nextSample) {
      nextSample += options.sampleEvery().toNanos();
      if (running != null && !running.isDone()) {
        skipped++;
      } else {
        double remoteMin = intervalMinHeap;
        intervalMinHeap = Double.MAX_VALUE;
        long dueAt = System.nanoTime() - elapsedNanos;
        running = worker.submit(() -> record(clients, dueAt, remoteMin));
      }
    }
  }

  /** One sample, on the worker; {@code startNanos} is the run's start, {@code remoteMin} the interval's scrapes. */
  private void record(Clients clients, long startNanos, double remoteMin) {
    List<NodeSample> now = forcedGc ? probe.sampleAfterGc() : probe.sample();
    double live = forcedGc || heap(now) < 0 ? heap(now) : Math.min(remoteMin, heap(now));
    double minutes = (System.nanoTime() - startNanos) / 60e9;
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("minute", RunResult.round(minutes));
    row.put("heap_live_mb", live < 0 ? null : RunResult.round(live / MB));
    row.put("heap_max_mb", mb(sum(now, NodeSample::heapMaxBytes)));
    row.put("rss_mb", mb(sum(now, s -> s.rssBytes())));
    row.put("server_sessions", whole(sum(now, NodeSample::sessions)));
    row.put("client_sessions", clients.connected());
    row.put("server_cpu_cores", previous == null ? null : number(cores(previous, now)));
    previous = now;
    heapLimitMb = sum(now, NodeSample::heapMaxBytes) > 0 ? sum(now, NodeSample::heapMaxBytes) / MB : heapLimitMb;
    rows.add(row);
    if (live >= 0) {
      points.add(new HeapTrend.Point(minutes / 60, live / MB));
    }
    progress.line(label, String.format(Locale.ROOT, "sample %3d  minute %6.2f  heap_live %s MB  rss %s MB  "
            + "sessions %s/%d  cpu %s", rows.size(), minutes, row.get("heap_live_mb"), row.get("rss_mb"),
        row.get("server_sessions"), clients.connected(), row.get("server_cpu_cores")));
  }

  @Override
  public void report(RunResult r) throws InterruptedException {
    worker.shutdown();
    if (!worker.awaitTermination(2, TimeUnit.MINUTES)) {
      worker.shutdownNow();
    }
    HeapTrend t = HeapTrend.of(points, options.trendWarmup().toSeconds() / 3600.0, options.trendWindow(),
        heapLimitMb, options.maxSlopePercent(), options.maxGrowthPercent());
    r.put("heap_gc_forced", forcedGc).put("heap_samples", rows.size()).put("heap_samples_skipped", skipped)
        .put("heap_sample_every_s", options.sampleEvery().toSeconds())
        .put("heap_trend_warmup_min", RunResult.round(options.trendWarmup().toSeconds() / 60.0))
        .put("heap_trend_samples", t.samples()).put("heap_live_mean_mb", number(t.meanMb()))
        .put("heap_slope_mb_per_h", number(t.slopeMbPerHour()))
        .put("heap_slope_stderr_mb_per_h", number(t.slopeStdErrMbPerHour()))
        .put("heap_slope_limit_mb_per_h", number(t.slopeLimitMbPerHour()))
        .put("heap_first_window_mb", number(t.firstWindowMb()))
        .put("heap_last_window_mb", number(t.lastWindowMb()))
        .put("heap_growth_percent", number(t.growthPercent()))
        .put("heap_growth_limit_percent", options.maxGrowthPercent())
        .put("heap_verdict", t.verdict())
        .put("samples", rows);
  }

  private static double heap(List<NodeSample> samples) {
    return sum(samples, NodeSample::heapBytes);
  }

  /** The sum over the nodes, or -1 when any node's value is unknown. */
  private static double sum(List<NodeSample> samples, java.util.function.ToDoubleFunction<NodeSample> value) {
    double total = 0;
    for (NodeSample s : samples) {
      double v = value.applyAsDouble(s);
      if (v < 0) {
        return -1;
      }
      total += v;
    }
    return total;
  }

  private static double cores(List<NodeSample> from, List<NodeSample> to) {
    double total = 0;
    for (int i = 0; i < to.size(); i++) {
      double c = to.get(i).coresSince(from.get(i));
      if (c < 0) {
        return Double.NaN;
      }
      total += c;
    }
    return total;
  }

  /** Rounded, or null (JSON null, "-" in the table) when not a number. */
  private static Double number(double v) {
    return Double.isFinite(v) ? RunResult.round(v) : null;
  }

  private static Double mb(double bytes) {
    return bytes < 0 ? null : RunResult.round(bytes / MB);
  }

  private static Long whole(double v) {
    return v < 0 ? null : Math.round(v);
  }
}

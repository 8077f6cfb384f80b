package org.tadaserver.bench.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.tadaserver.bench.client.ClientFactory;
import org.tadaserver.bench.client.NodeUrl;
import org.tadaserver.bench.metrics.HostCpu;
import org.tadaserver.bench.metrics.JfrProfile;
import org.tadaserver.bench.metrics.LocalProcess;
import org.tadaserver.bench.metrics.NodeSample;
import org.tadaserver.bench.report.RunResult;
import org.tadaserver.bench.target.Target;
import org.tadaserver.bench.track.Counts;
import org.tadaserver.bench.track.Ledger;
import org.tadaserver.bench.track.Stats;

/**
 * One messaging run of a {@link Plan} against a target: connect every client, send (warm-up, then the measured
 * window), stop, wait for the last confirms and deliveries, and count. The orchestration runs on the calling thread,
 * which also samples the latency recorders, so the totals are built by one thread only.
 */
public final class MessagingRun {
  private static final long TICK_MS = 250;
  private static final int PROFILE_TOP = 15;
  private final String label;
  private final Target target;
  private final ClientFactory factory;
  private final RunOptions options;
  private final Progress progress;

  public MessagingRun(String label, Target target, ClientFactory factory, RunOptions options, Progress progress) {
    this.label = label;
    this.target = target;
    this.factory = factory;
    this.options = options;
    this.progress = progress;
  }

  public RunResult run(Plan plan) throws Exception {
    return run(plan, RunWatcher.NONE);
  }

  /** As {@link #run(Plan)}, with {@code watcher} ticked while the messages flow and asked to add to the result. */
  RunResult run(Plan plan, RunWatcher watcher) throws Exception {
    Stats stats = new Stats();
    Ledger ledger = new Ledger(plan.recipients());
    Traffic traffic = new Traffic(plan.clients().size(), ledger, stats, options.messageSize(), options.pace());
    Clients clients = new Clients(factory, plan.team());
    plan.clients().forEach(p -> clients.add(p.user(), p.node(), stats, traffic));
    plan.senders().forEach(r -> traffic.addSender(clients.get(r.client()), r.to()));
    long t0 = System.nanoTime();
    int failed = clients.connectAll(options.connectParallelism());
    progress.line(label, String.format("%d clients connected in %.1f s (%d failed)", clients.size() - failed,
        (System.nanoTime() - t0) / 1e9, failed));
    if (failed > 0) {
      clients.closeAll();
      throw new IllegalStateException(failed + " of " + clients.size() + " clients could not connect to " + label);
    }
    try {
      return drive(plan, stats, ledger, traffic, clients, watcher);
    } finally {
      clients.closeAll();
    }
  }

  private RunResult drive(Plan plan, Stats stats, Ledger ledger, Traffic traffic, Clients clients, RunWatcher watcher)
      throws Exception {
    long start = System.nanoTime();
    long warmupEnd = start + options.warmup().toNanos();
    long end = warmupEnd + options.duration().toNanos();
    traffic.start(factory.vertx());
    Counts last = Counts.of(stats);
    Counts measuredFrom = null;
    List<NodeSample> serverFrom = null;
    HostCpu hostFrom = null;
    double dbFrom = -1;
    Map<String, JfrProfile> profiles = Map.of();
    long nextPrint = start + options.progressEvery().toNanos();
    while (System.nanoTime() < end) {
      Thread.sleep(TICK_MS);
      watcher.tick(clients, System.nanoTime() - start);
      long now = System.nanoTime();
      if (measuredFrom == null && now >= warmupEnd) {
        stats.measuring(true);
        measuredFrom = Counts.of(stats);
        serverFrom = target.probe().sample();
        hostFrom = HostCpu.sample();
        dbFrom = target.probe().databaseCpuSeconds();
        profiles = startProfiles();
      }
      if (now >= nextPrint) {
        Histogram interval = stats.sample();
        Counts c = Counts.of(stats);
        progress.messaging(label, (now - start) / 1e9, measuredFrom == null ? "warm-up" : "measuring", stats, last, c,
            interval, clients.connected());
        last = c;
        nextPrint += options.progressEvery().toNanos();
      }
    }
    if (measuredFrom == null) {
      stats.measuring(true);
      measuredFrom = Counts.of(stats);
      serverFrom = target.probe().sample();
      hostFrom = HostCpu.sample();
      dbFrom = target.probe().databaseCpuSeconds();
      profiles = startProfiles();
    }
    Counts measuredTo = Counts.of(stats);
    List<NodeSample> serverTo = target.probe().sample();
    HostCpu hostTo = HostCpu.sample();
    double dbTo = target.probe().databaseCpuSeconds();
    List<String> profile = stopProfiles(profiles);
    traffic.stop(factory.vertx());
    boolean drained = drain(stats, ledger, traffic);
    stats.measuring(false);
    RunResult r = new RunResult(label);
    r.put("clients", plan.clients().size()).put("senders", plan.senders().size())
        .put("measured_s", RunResult.round(measuredTo.seconds(measuredFrom)))
        .put("sent", stats.sent.sum()).put("confirmed", stats.confirmed.sum()).put("delivered", stats.delivered.sum())
        .put("confirmed_per_s", RunResult.round(measuredTo.confirmedPerSec(measuredFrom)))
        .put("delivered_per_s", RunResult.round(measuredTo.deliveredPerSec(measuredFrom)))
        .put("errors", stats.errors.sum()).put("warnings", stats.warnings.sum())
        .put("lost", ledger.lost()).put("duplicated", stats.duplicated.sum())
        .put("unconfirmed", traffic.outstanding()).put("skipped", stats.skipped.sum())
        .put("unexpected_closes", stats.unexpectedCloses.sum()).put("drained", drained);
    Histogram latency = stats.deliverTotal();
    r.percentiles("latency", latency).latency(latency);
    r.percentiles("confirm", stats.confirmTotal());
    ServerUsage.put(r, serverFrom, serverTo, hostFrom, hostTo);
    ServerUsage.putDatabase(r, dbFrom, dbTo, measuredTo.seconds(measuredFrom));
    ServerUsage.putOthers(r);
    double cores = r.number("server_cpu_cores");
    double perSecond = r.number("delivered_per_s");
    r.put("server_cpu_us_per_delivery", cores > 0 && perSecond > 0 ? RunResult.round(cores * 1e6 / perSecond) : null);
    if (!profile.isEmpty()) {
      r.put("profile", profile);
    }
    watcher.report(r);
    return r;
  }

  /** JFR recordings of the local nodes over the measured window, when asked for; a node that refuses is skipped. */
  private Map<String, JfrProfile> startProfiles() {
    Map<String, JfrProfile> started = new LinkedHashMap<>();
    if (options.profileDir() == null) {
      return started;
    }
    int i = 0;
    for (Map.Entry<NodeUrl, LocalProcess> e : target.probe().localProcesses().entrySet()) {
      Path file = options.profileDir().resolve(label + "-node" + (i++) + ".jfr");
      try {
        started.put(e.getKey().toString(), JfrProfile.start(e.getValue(), file));
      } catch (IOException ex) {
        progress.line(label, "cannot profile " + e.getKey() + ": " + ex.getMessage());
      }
    }
    return started;
  }

  private List<String> stopProfiles(Map<String, JfrProfile> profiles) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, JfrProfile> e : profiles.entrySet()) {
      try {
        lines.add("node " + e.getKey() + " (" + e.getValue().file() + "):");
        lines.addAll(e.getValue().stopAndSummarize(PROFILE_TOP));
      } catch (IOException ex) {
        lines.add("  profile failed: " + ex.getMessage());
      }
    }
    return lines;
  }

  /** Waits until nothing is in flight and every confirmed message has reached all its recipients. */
  private boolean drain(Stats stats, Ledger ledger, Traffic traffic) throws InterruptedException {
    long deadline = System.nanoTime() + options.drain().toNanos();
    int fanout = ledger.senders() == 0 ? 0 : ledger.fanout(0);
    while (System.nanoTime() < deadline) {
      boolean settled = traffic.outstanding() == 0 && stats.delivered.sum() >= stats.confirmed.sum() * fanout;
      if (settled && ledger.lost() == 0) {
        return true;
      }
      Thread.sleep(TimeUnit.MILLISECONDS.toMillis(50));
      stats.sample();
    }
    return false;
  }
}

package org.tadaserver.bench.scenario;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.tadaserver.bench.client.BenchUser;
import org.tadaserver.bench.client.BenchClient;
import org.tadaserver.bench.client.ClientFactory;
import org.tadaserver.bench.client.ClientListener;
import org.tadaserver.bench.client.Inbound;
import org.tadaserver.bench.metrics.NodeSample;
import org.tadaserver.bench.report.RunResult;
import org.tadaserver.bench.target.Fixture;
import org.tadaserver.bench.target.Target;
import org.tadaserver.bench.track.Stats;

/**
 * {@code idle}: open {@code sessions} authenticated sessions (spread over {@code users} users, round-robin, in
 * {@code teams} teams) and hold them. Several teams keep what a team costs as a whole (its presence list goes to every
 * session of the team) apart from what a session costs. The cost per session is the growth of the server's live heap
 * (after a forced full GC when the server runs on this machine) and of its RSS, divided by the sessions; sessions the
 * server closes during the hold are errors.
 */
public final class IdleScenario {
  private IdleScenario() {}

  public static RunResult run(Target target, ClientFactory factory, int sessions, int users, Duration hold,
      int connectParallelism, Path fixtureFile, Progress progress) throws Exception {
    return run(target, factory, sessions, users, 1, hold, connectParallelism, fixtureFile, progress);
  }

  public static RunResult run(Target target, ClientFactory factory, int sessions, int users, int teams, Duration hold,
      int connectParallelism, Path fixtureFile, Progress progress) throws Exception {
    List<Fixture> fixtures = Fixtures.teams(target, "idle", users, teams, fixtureFile, progress);
    List<BenchUser> all = new ArrayList<>();
    List<String> teamOf = new ArrayList<>();
    for (Fixture f : fixtures) {
      f.users().forEach(u -> {
        all.add(u);
        teamOf.add(f.team());
      });
    }
    Stats stats = new Stats();
    ClientListener quiet = new ClientListener() {
      @Override
      public void onEvent(BenchClient client, Inbound event, long nowNanos) {
        if (Inbound.WARNING.equals(event.event())) {
          stats.warnings.increment();
          stats.error();
        }
      }
    };
    Clients clients = new Clients(factory, fixtures.get(0).team());
    for (int i = 0; i < sessions; i++) {
      clients.add(all.get(i % users), target.nodes().get(i % target.nodes().size()), teamOf.get(i % users), stats,
          quiet);
    }
    List<NodeSample> before = target.probe().sampleAfterGc();
    long t0 = System.nanoTime();
    int failed = clients.connectAll(connectParallelism);
    double connectS = (System.nanoTime() - t0) / 1e9;
    progress.line(target.name(), String.format("%d of %d sessions open in %.1f s", sessions - failed, sessions,
        connectS));
    try {
      holdFor(target, clients, hold, progress);
      List<NodeSample> after = target.probe().sampleAfterGc();
      long open = clients.connected();
      RunResult r = new RunResult(target.name());
      r.put("sessions", sessions).put("users", users).put("teams", teams).put("open_after_hold", open)
          .put("connect_failures", failed)
          .put("connect_s", RunResult.round(connectS))
          .put("connects_per_s", Math.round((sessions - failed) / Math.max(connectS, 1e-9)))
          .put("hold_s", hold.toSeconds())
          .put("errors", stats.errors.sum()).put("unexpected_closes", stats.unexpectedCloses.sum())
          .put("gc_forced", target.probe().hasLocalProcesses());
      perSession(r, before, after, open);
      r.put("lost", 0).put("duplicated", 0);
      return r;
    } finally {
      clients.closeAll();
    }
  }

  private static void holdFor(Target target, Clients clients, Duration hold, Progress progress)
      throws InterruptedException {
    long end = System.nanoTime() + hold.toNanos();
    while (System.nanoTime() < end) {
      Thread.sleep(Math.min(5000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
      progress.line(target.name(), "holding: " + clients.connected() + " open");
    }
  }

  private static void perSession(RunResult r, List<NodeSample> before, List<NodeSample> after, long open) {
    double heapBefore = sum(before, true);
    double heapAfter = sum(after, true);
    double rssBefore = sum(before, false);
    double rssAfter = sum(after, false);
    r.put("heap_before_mb", mb(heapBefore)).put("heap_after_mb", mb(heapAfter));
    r.put("heap_per_session_kb",
        heapBefore < 0 || open == 0 ? null : RunResult.round((heapAfter - heapBefore) / 1024.0 / open));
    r.put("rss_before_mb", mb(rssBefore)).put("rss_after_mb", mb(rssAfter));
    r.put("rss_per_session_kb",
        rssBefore < 0 || open == 0 ? null : RunResult.round((rssAfter - rssBefore) / 1024.0 / open));
  }

  private static double sum(List<NodeSample> samples, boolean heap) {
    double total = 0;
    for (NodeSample s : samples) {
      double v = heap ? s.heapBytes() : s.rssBytes();
      if (v < 0) {
        return -1;
      }
      total += v;
    }
    return total;
  }

  private static Double mb(double bytes) {
    return bytes < 0 ? null : RunResult.round(bytes / 1048576.0);
  }
}

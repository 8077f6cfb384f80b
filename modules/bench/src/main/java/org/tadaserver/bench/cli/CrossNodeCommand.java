package org.tadaserver.bench.cli;

import java.util.List;
import java.util.Locale;
import org.tadaserver.bench.client.ClientFactory;
import org.tadaserver.bench.report.Report;
import org.tadaserver.bench.report.RunResult;
import org.tadaserver.bench.scenario.DirectScenario;
import org.tadaserver.bench.scenario.Fixtures;
import org.tadaserver.bench.scenario.Progress;
import org.tadaserver.bench.target.Fixture;
import org.tadaserver.bench.target.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "cross-node", mixinStandardHelpOptions = true,
    description = "Like direct against several nodes (--url a,b,c): first both ends of each pair on the same node, then"
        + " on different nodes; the difference is the cost of a node hop.")
final class CrossNodeCommand extends ScenarioCommand {
  static final String SAME = "tada-same-node";
  static final String CROSS = "tada-cross-node";

  @Mixin
  MessagingOptions messaging;

  @Option(names = "--pairs", defaultValue = "50", description = "Pairs of users (default: ${DEFAULT-VALUE}).")
  int pairs;

  @Override
  String scenario() {
    return "cross-node";
  }

  @Override
  List<RunResult> runOn(Target t, ClientFactory factory, Progress progress) throws Exception {
    if (!t.storesMessages()) {
      return List.of(DirectScenario.run(t.name(), t, factory, messaging.runOptions(target), pairs, false,
          null, progress));
    }
    if (t.nodes().size() < 2) {
      throw new IllegalArgumentException("cross-node needs two or more --url values (the same URL twice runs it on"
          + " one node)");
    }
    Fixture fixture = Fixtures.of(t, "cross-node", 2 * pairs, target.fixture, progress);
    RunResult same = DirectScenario.run(SAME, t, factory, messaging.runOptions(target), fixture, pairs,
        false, progress);
    RunResult cross = DirectScenario.run(CROSS, t, factory, messaging.runOptions(target), fixture, pairs,
        true, progress);
    return List.of(same, cross);
  }

  @Override
  void annotate(Report report) {
    RunResult same = find(report, SAME);
    RunResult cross = find(report, CROSS);
    if (same != null && cross != null) {
      double hop = cross.number("latency_p50_ms") - same.number("latency_p50_ms");
      cross.put("node_hop_p50_ms", RunResult.round(hop));
      long distinct = target.urls.stream().map(String::trim).distinct().count();
      report.note(String.format(Locale.ROOT, "node hop at p50: %.3f ms (cross-node p50 minus same-node p50)%s", hop,
          distinct < 2 ? "; all --url values name one node, so no message crossed a node" : ""));
    }
  }

  private static RunResult find(Report report, String label) {
    return report.results().stream().filter(r -> r.label().equals(label)).findFirst().orElse(null);
  }
}

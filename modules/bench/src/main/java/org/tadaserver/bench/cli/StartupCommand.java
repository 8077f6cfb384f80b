package org.tadaserver.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tadaserver.bench.client.ClientFactory;
import org.tadaserver.bench.report.Report;
import org.tadaserver.bench.report.RunResult;
import org.tadaserver.bench.scenario.Progress;
import org.tadaserver.bench.scenario.StartupScenario;
import org.tadaserver.bench.target.RelayTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "startup", mixinStandardHelpOptions = true,
    description = "Time from java -jar to /health/ready for a node on an existing database (the relay's start as"
        + " baseline).")
final class StartupCommand implements Callable<Integer> {
  @Option(names = "--server-jar", defaultValue = "modules/app/target/tada-server.jar",
      description = "The node's jar (default: ${DEFAULT-VALUE}).")
  Path serverJar;

  @Option(names = "--data-dir",
      description = "Data directory to start on (default: a new one; its creation is reported apart).")
  Path dataDir;

  @Option(names = "--runs", defaultValue = "5",
      description = "Starts on the existing database (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--out", defaultValue = "bench-results", description = "Output root (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Path data = dataDir != null ? dataDir : Files.createTempDirectory("tada-bench-startup-");
    Report report = new Report("startup",
        "java -jar tada-bench.jar startup --server-jar " + serverJar + " --runs " + runs);
    Progress progress = Progress.stderr();
    try (ClientFactory factory = new ClientFactory(1)) {
      report.add(StartupScenario.run(factory.http(), serverJar, data, runs, out.resolve("startup-logs"), progress));
      List<Long> relay = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        long t0 = System.nanoTime();
        try (RelayTarget r = RelayTarget.spawn(factory, 2)) {
          relay.add((System.nanoTime() - t0) / 1_000_000);
        }
      }
      relay.sort(Long::compare);
      report.add(new RunResult("relay").put("runs", runs).put("ready_median_ms", relay.get(relay.size() / 2))
          .put("ready_max_ms", relay.get(relay.size() - 1)).put("ready_all_ms", relay.toString()));
    }
    report.note("the relay's time is a JVM plus Vert.x start, the floor for any node on this machine");
    return ScenarioCommand.finish(report, out);
  }
}

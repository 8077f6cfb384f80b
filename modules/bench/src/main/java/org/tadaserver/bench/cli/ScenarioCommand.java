package org.tadaserver.bench.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.tadaserver.app.config.NodeConfig;
import org.tadaserver.app.config.Settings;
import org.tadaserver.bench.client.ClientFactory;
import org.tadaserver.bench.client.NodeUrl;
import org.tadaserver.bench.report.Report;
import org.tadaserver.bench.report.RunResult;
import org.tadaserver.bench.scenario.Progress;
import org.tadaserver.bench.target.RelayTarget;
import org.tadaserver.bench.target.ServerTarget;
import org.tadaserver.bench.target.Target;
import org.tadaserver.store.db.Database;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A scenario subcommand: runs the scenario against each of {@code --targets} in turn (the server, then the baseline
 * relay), prints the table with the ratios, and writes {@code result.json} and {@code latency.png} into a new
 * directory under {@code --out}. Exit code 0 when nothing was lost or duplicated, 3 otherwise.
 */
abstract class ScenarioCommand implements Callable<Integer> {
  static final int LOST_OR_DUPLICATED = 3;

  @Mixin
  TargetOptions target;

  @Spec
  CommandSpec spec;

  /** The scenario's name, used for its output directory. */
  abstract String scenario();

  /** The results of the scenario against one target (the server or the relay). */
  abstract List<RunResult> runOn(Target target, ClientFactory factory, Progress progress) throws Exception;

  /** Lines for the report's notes, once every target ran. */
  void annotate(Report report) {}

  @Override
  public Integer call() throws Exception {
    Report report = new Report(scenario(), commandLine());
    Progress progress = Progress.stderr();
    try (ClientFactory factory = new ClientFactory(target.eventLoops)) {
      for (String name : target.targets) {
        try (Target t = open(name.trim(), factory)) {
          runOn(t, factory, progress).forEach(report::add);
        }
      }
    }
    annotate(report);
    return exitCode(report, finish(report, target.out));
  }

  /** The exit code, given {@code clean} (0, or {@link #LOST_OR_DUPLICATED}); a scenario may add its own checks. */
  int exitCode(Report report, int clean) {
    return clean;
  }

  static int finish(Report report, Path outRoot) throws Exception {
    Path dir = outRoot.resolve(
        report.scenario() + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    List<Path> files = report.write(dir);
    System.out.print(report.table());
    System.out.println("written: " + files.stream().map(Path::toString).collect(Collectors.joining(", ")));
    boolean clean = report.results().stream().allMatch(r -> r.count("lost") == 0 && r.count("duplicated") == 0);
    return clean ? 0 : LOST_OR_DUPLICATED;
  }

  Target open(String name, ClientFactory factory) throws Exception {
    return switch (name) {
      case "tada" -> serverTarget(factory);
      case "relay" -> target.relayInProcess ? RelayTarget.inProcess(factory, target.relayEventLoops)
          : RelayTarget.spawn(factory, target.relayEventLoops);
      default -> throw new IllegalArgumentException("unknown target: " + name + " (tada or relay)");
    };
  }

  private ServerTarget serverTarget(ClientFactory factory) throws Exception {
    List<NodeUrl> nodes = new ArrayList<>();
    target.urls.forEach(u -> nodes.add(NodeUrl.parse(u.trim())));
    Settings settings = Settings.load(System.getenv());
    for (Map.Entry<String, Object> e : target.databaseOverrides().entrySet()) {
      settings = settings.with(e.getKey(), e.getValue());
    }
    NodeConfig config = NodeConfig.from(settings);
    Database db = Database.open(factory.vertx(), config.database(4)).await(120, TimeUnit.SECONDS);
    return new ServerTarget(factory, nodes, db, true, config.pgUrl().isEmpty() ? config.dataDir() : null);
  }

  String commandLine() {
    return "java -jar tada-bench.jar " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
  }
}

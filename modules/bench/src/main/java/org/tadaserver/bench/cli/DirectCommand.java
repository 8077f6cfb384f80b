package org.tadaserver.bench.cli;

import java.util.List;
import org.tadaserver.bench.client.ClientFactory;
import org.tadaserver.bench.report.RunResult;
import org.tadaserver.bench.scenario.DirectScenario;
import org.tadaserver.bench.scenario.Progress;
import org.tadaserver.bench.target.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "direct", mixinStandardHelpOptions = true,
    description = "N pairs write 1:1 messages to each other (at --rate, or as fast as confirmed); every message"
        + " tracked.")
final class DirectCommand extends ScenarioCommand {
  @Mixin
  MessagingOptions messaging;

  @Option(names = "--pairs", defaultValue = "50", description = "Pairs of users (default: ${DEFAULT-VALUE}).")
  int pairs;

  @Override
  String scenario() {
    return "direct";
  }

  @Override
  List<RunResult> runOn(Target t, ClientFactory factory, Progress progress) throws Exception {
    return List.of(DirectScenario.run(t.name(), t, factory, messaging.runOptions(target), pairs, false,
        target.fixture, progress));
  }
}

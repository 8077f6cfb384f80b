package org.tadaserver.bench.cli;

import java.util.List;
import org.tadaserver.bench.client.ClientFactory;
import org.tadaserver.bench.report.RunResult;
import org.tadaserver.bench.scenario.GroupScenario;
import org.tadaserver.bench.scenario.Progress;
import org.tadaserver.bench.target.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "group", mixinStandardHelpOptions = true,
    description = "One group of M online members; S of them write to it; deliveries/s and latency to every member.")
final class GroupCommand extends ScenarioCommand {
  @Mixin
  MessagingOptions messaging;

  @Option(names = "--members", defaultValue = "1000",
      description = "Group members, all online (default: ${DEFAULT-VALUE}).")
  int members;

  @Option(names = "--senders", defaultValue = "1", description = "Members that write (default: ${DEFAULT-VALUE}).")
  int senders;

  @Override
  String scenario() {
    return "group";
  }

  @Override
  List<RunResult> runOn(Target t, ClientFactory factory, Progress progress) throws Exception {
    return List.of(GroupScenario.run(t, factory, messaging.runOptions(target), members, senders,
        target.fixture, progress));
  }
}

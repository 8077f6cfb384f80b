package org.tadaserver.bench.cli;

import java.time.Duration;
import java.util.List;
import org.tadaserver.bench.client.ClientFactory;
import org.tadaserver.bench.report.RunResult;
import org.tadaserver.bench.scenario.IdleScenario;
import org.tadaserver.bench.scenario.Progress;
import org.tadaserver.bench.target.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "idle", mixinStandardHelpOptions = true,
    description = "Open K authenticated sessions and hold them; server heap and RSS per session.")
final class IdleCommand extends ScenarioCommand {
  @Option(names = "--sessions", defaultValue = "1000", description = "Sessions to open (default: ${DEFAULT-VALUE}).")
  int sessions;

  @Option(names = "--users", description = "Users the sessions are spread over (default: one per session).")
  Integer users;

  @Option(names = "--teams", defaultValue = "1",
      description = "Teams the users are spread over (a team's presence list goes to all its sessions)"
          + " (default: ${DEFAULT-VALUE}).")
  int teams;

  @Option(names = "--hold", defaultValue = "10", description = "Seconds to hold them (default: ${DEFAULT-VALUE}).")
  long hold;

  @Option(names = "--connect-parallelism", defaultValue = "200",
      description = "Handshakes in flight (default: ${DEFAULT-VALUE}).")
  int connectParallelism;

  @Override
  String scenario() {
    return "idle";
  }

  @Override
  List<RunResult> runOn(Target t, ClientFactory factory, Progress progress) throws Exception {
    int u = users == null ? sessions : Math.min(users, sessions);
    return List.of(IdleScenario.run(t, factory, sessions, u, teams, Duration.ofSeconds(hold), connectParallelism,
        target.fixture, progress));
  }
}

package org.tadaserver.bench.cli;

import java.time.Duration;
import java.util.List;
import org.tadaserver.bench.client.ClientFactory;
import org.tadaserver.bench.report.RunResult;
import org.tadaserver.bench.scenario.Progress;
import org.tadaserver.bench.scenario.ReconnectScenario;
import org.tadaserver.bench.target.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reconnect", mixinStandardHelpOptions = true,
    description = "K sessions drop at once, get a message each while away, reconnect at once: time until all are back"
        + " and caught up.")
final class ReconnectCommand extends ScenarioCommand {
  @Option(names = "--sessions", defaultValue = "1000", description = "Sessions that drop (default: ${DEFAULT-VALUE}).")
  int sessions;

  @Option(names = "--users", description = "Users the sessions belong to (default: one per session).")
  Integer users;

  @Option(names = "--writers", defaultValue = "4",
      description = "Sessions that stay and write (default: ${DEFAULT-VALUE}).")
  int writers;

  @Option(names = "--timeout", defaultValue = "60",
      description = "Seconds allowed to get all back (default: ${DEFAULT-VALUE}).")
  long timeout;

  @Option(names = "--connect-parallelism", defaultValue = "200",
      description = "Handshakes in flight for the first connect (default: ${DEFAULT-VALUE}).")
  int connectParallelism;

  @Option(names = "--reconnect-parallelism", description = "Handshakes in flight on reconnect (default: all at once).")
  Integer reconnectParallelism;

  @Option(names = "--message-size", defaultValue = "64",
      description = "Characters of message text (default: ${DEFAULT-VALUE}).")
  int messageSize;

  @Override
  String scenario() {
    return "reconnect";
  }

  @Override
  List<RunResult> runOn(Target t, ClientFactory factory, Progress progress) throws Exception {
    ReconnectScenario.Options o = new ReconnectScenario.Options(sessions, users == null ? sessions : users, writers,
        connectParallelism,
        reconnectParallelism == null ? sessions : reconnectParallelism, Duration.ofSeconds(timeout), messageSize);
    return List.of(ReconnectScenario.run(t, factory, o, target.fixture, progress));
  }
}

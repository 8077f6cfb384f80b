package org.tadaserver.bench.cli;

import java.time.Duration;
import java.util.List;
import org.tadaserver.bench.client.ClientFactory;
import org.tadaserver.bench.report.Report;
import org.tadaserver.bench.report.RunResult;
import org.tadaserver.bench.scenario.Pace;
import org.tadaserver.bench.scenario.Progress;
import org.tadaserver.bench.scenario.RunOptions;
import org.tadaserver.bench.scenario.SoakOptions;
import org.tadaserver.bench.scenario.SoakScenario;
import org.tadaserver.bench.target.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The soak. Its defaults differ from the short scenarios' (an hour, a modest fixed rate), so it has its own pacing
 * options; it runs against the server only unless {@code --targets} says otherwise, since the point is the server's
 * memory over time. Exit code 0 only when nothing was lost or duplicated and the heap's verdict is a pass; 4 when
 * the heap trends upward or too few samples were taken to tell.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
    description = "A moderate mixed load (1:1 pairs, a group, reconnecting sessions) for --duration; the server's"
        + " live heap, RSS and sessions sampled every --sample-every, and the heap's trend judged.")
final class SoakCommand extends ScenarioCommand {
  static final int HEAP_NOT_SHOWN_FLAT = 4;

  @Option(names = "--duration", defaultValue = "3600", paramLabel = "S",
      description = "Seconds of load (default: ${DEFAULT-VALUE}).")
  double duration;

  @Option(names = "--warmup", defaultValue = "10", paramLabel = "S",
      description = "Seconds before the rates and latencies are measured (default: ${DEFAULT-VALUE}).")
  double warmup;

  @Option(names = "--drain", defaultValue = "30", paramLabel = "S",
      description = "Most seconds to wait for the last confirms and deliveries (default: ${DEFAULT-VALUE}).")
  double drain;

  @Option(names = "--rate", defaultValue = "100", paramLabel = "MSGS_PER_S",
      description = "Messages per second over all writers (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(names = "--window", defaultValue = "8", paramLabel = "N",
      description = "Unconfirmed messages a writer may have in flight (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--message-size", defaultValue = "64", paramLabel = "CHARS",
      description = "Characters of message text (default: ${DEFAULT-VALUE}).")
  int messageSize;

  @Option(names = "--pairs", defaultValue = "50", description = "Pairs writing 1:1 (default: ${DEFAULT-VALUE}).")
  int pairs;

  @Option(names = "--group-members", defaultValue = "20",
      description = "Members of the group, all online (default: ${DEFAULT-VALUE}).")
  int groupMembers;

  @Option(names = "--group-senders", defaultValue = "2",
      description = "Members that write to the group (default: ${DEFAULT-VALUE}).")
  int groupSenders;

  @Option(names = "--reconnect-sessions", defaultValue = "10",
      description = "Sessions of idle users that drop and come back (default: ${DEFAULT-VALUE}).")
  int reconnectSessions;

  @Option(names = "--reconnect-every", defaultValue = "30", paramLabel = "S",
      description = "Seconds between their drops (default: ${DEFAULT-VALUE}).")
  double reconnectEvery;

  @Option(names = "--reconnect-away", defaultValue = "2", paramLabel = "S",
      description = "Seconds they stay away (default: ${DEFAULT-VALUE}).")
  double reconnectAway;

  @Option(names = "--sample-every", defaultValue = "60", paramLabel = "S",
      description = "Seconds between server samples (default: ${DEFAULT-VALUE}).")
  long sampleEvery;

  @Option(names = "--trend-warmup", defaultValue = "300", paramLabel = "S",
      description = "Seconds of samples left out of the heap's trend (default: ${DEFAULT-VALUE}).")
  long trendWarmup;

  @Option(names = "--trend-window", defaultValue = "10", paramLabel = "N",
      description = "Samples averaged at each end of the trend (default: ${DEFAULT-VALUE}).")
  int trendWindow;

  @Option(names = "--max-slope-percent", defaultValue = "1",
      description = "Most heap growth per hour (the slope plus two standard errors), in percent of the heap's limit"
          + " (default: ${DEFAULT-VALUE}).")
  double maxSlopePercent;

  @Option(names = "--max-growth-percent", defaultValue = "25",
      description = "Most growth of the last window's mean over the first's, in percent (default: ${DEFAULT-VALUE}).")
  double maxGrowthPercent;

  @Option(names = "--connect-parallelism", defaultValue = "50", paramLabel = "N",
      description = "WebSocket handshakes in flight while connecting (default: ${DEFAULT-VALUE}).")
  int connectParallelism;

  @Override
  String scenario() {
    return "soak";
  }

  @Override
  public Integer call() throws Exception {
    if (!spec.commandLine().getParseResult().hasMatchedOption("--targets")) {
      target.targets = List.of("tada");
    }
    return super.call();
  }

  @Override
  List<RunResult> runOn(Target t, ClientFactory factory, Progress progress) throws Exception {
    RunOptions run = new RunOptions(messageSize, new Pace(rate, window), MessagingOptions.seconds(warmup),
        MessagingOptions.seconds(duration), MessagingOptions.seconds(drain), connectParallelism,
        MessagingOptions.seconds(target.progressEvery), target.profile ? target.out.resolve("profiles") : null);
    SoakOptions soak = new SoakOptions(pairs, groupMembers, groupSenders, reconnectSessions,
        MessagingOptions.seconds(reconnectEvery), MessagingOptions.seconds(reconnectAway),
        Duration.ofSeconds(sampleEvery), Duration.ofSeconds(trendWarmup), trendWindow, maxSlopePercent,
        maxGrowthPercent);
    return List.of(SoakScenario.run(t, factory, run, soak, target.fixture, progress));
  }

  @Override
  int exitCode(Report report, int clean) {
    boolean flat = report.results().stream().allMatch(r -> "pass".equals(r.metrics().get("heap_verdict")));
    return clean != 0 ? clean : flat ? 0 : HEAP_NOT_SHOWN_FLAT;
  }
}

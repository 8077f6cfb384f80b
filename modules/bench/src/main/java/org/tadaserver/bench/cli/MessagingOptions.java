package org.tadaserver.bench.cli;

import java.time.Duration;
import org.tadaserver.bench.scenario.Pace;
import org.tadaserver.bench.scenario.RunOptions;
import picocli.CommandLine.Option;

/** Options of the scenarios that send messages (direct, group, cross-node). */
public final class MessagingOptions {
  @Option(names = "--duration", defaultValue = "20", paramLabel = "S",
      description = "Measured seconds (default: ${DEFAULT-VALUE}).")
  double duration;

  @Option(names = "--warmup", defaultValue = "3", paramLabel = "S",
      description = "Unmeasured seconds first (default: ${DEFAULT-VALUE}).")
  double warmup;

  @Option(names = "--drain", defaultValue = "15", paramLabel = "S",
      description = "Most seconds to wait for the last confirms and deliveries (default: ${DEFAULT-VALUE}).")
  double drain;

  @Option(names = "--rate", defaultValue = "0", paramLabel = "MSGS_PER_S",
      description = "Total send rate; 0 = as fast as confirms come back (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(names = "--window", defaultValue = "1", paramLabel = "N",
      description = "Unconfirmed messages a sender may have in flight (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--message-size", defaultValue = "64", paramLabel = "CHARS",
      description = "Characters of message text (default: ${DEFAULT-VALUE}).")
  int messageSize;

  @Option(names = "--connect-parallelism", defaultValue = "100", paramLabel = "N",
      description = "WebSocket handshakes in flight while connecting (default: ${DEFAULT-VALUE}).")
  int connectParallelism;

  RunOptions runOptions(TargetOptions target) {
    return new RunOptions(messageSize, new Pace(rate, window), seconds(warmup), seconds(duration), seconds(drain),
        connectParallelism, seconds(target.progressEvery), target.profile ? target.out.resolve("profiles") : null);
  }

  static Duration seconds(double s) {
    return Duration.ofMillis(Math.round(s * 1000));
  }
}

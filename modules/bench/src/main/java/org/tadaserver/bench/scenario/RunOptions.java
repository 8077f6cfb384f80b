package org.tadaserver.bench.scenario;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How long and how hard a messaging run goes: {@code warmup} (sent, checked, not in the rates or latencies), then
 * {@code duration} measured, then up to {@code drain} for the last confirms and deliveries. {@code connectParallelism}
 * bounds the handshakes in flight while clients connect. With a {@code profileDir}, the server nodes on this machine
 * are profiled (JFR) over the measured window and the recordings kept there.
 */
public record RunOptions(int messageSize, Pace pace, Duration warmup, Duration duration, Duration drain,
    int connectParallelism, Duration progressEvery, Path profileDir) {

  public RunOptions(int messageSize, Pace pace, Duration warmup, Duration duration, Duration drain,
      int connectParallelism, Duration progressEvery) {
    this(messageSize, pace, warmup, duration, drain, connectParallelism, progressEvery, null);
  }

  public RunOptions {
    if (messageSize < 1 || connectParallelism < 1 || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("message size, connect parallelism and duration must be positive");
    }
  }
}

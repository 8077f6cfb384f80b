package org.tadaserver.bench.scenario;

import java.io.PrintStream;
import java.util.Locale;
import org.HdrHistogram.Histogram;
import org.tadaserver.bench.track.Counts;
import org.tadaserver.bench.track.Stats;

/** The line a run prints while it goes (on stderr, so stdout carries only the results). */
public final class Progress {
  private final PrintStream out;

  public Progress(PrintStream out) {
    this.out = out;
  }

  public static Progress stderr() {
    return new Progress(System.err);
  }

  /** One line for the interval since {@code last}; {@code interval} holds the latencies recorded in it. */
  void messaging(String label, double elapsedS, String phase, Stats s, Counts last, Counts now, Histogram interval,
      long connected) {
    out.printf(Locale.ROOT,
        "[%s] %5.1fs %-9s conns=%d sent=%d confirmed/s=%.0f delivered/s=%.0f p50=%.1fms p99=%.1fms errors=%d dup=%d%n",
        label, elapsedS, phase, connected, now.sent(), now.confirmedPerSec(last), now.deliveredPerSec(last),
        interval.getValueAtPercentile(50) / 1000.0, interval.getValueAtPercentile(99) / 1000.0, now.errors(),
        s.duplicated.sum());
  }

  public void line(String label, String text) {
    out.println("[" + label + "] " + text);
  }
}

package org.tadaserver.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import org.tadaserver.bench.report.RunResult;

/** Short settings and the checks every smoke run makes: correctness, not speed. */
final class Smoke {
  static final Progress QUIET = new Progress(new PrintStream(OutputStream.nullOutputStream()));

  private Smoke() {}

  static RunOptions options() {
    return new RunOptions(64, new Pace(0, 2), Duration.ofMillis(500), Duration.ofMillis(1500), Duration.ofSeconds(15),
        20, Duration.ofSeconds(1));
  }

  /** Every message was confirmed and reached each of its {@code fanout} recipients exactly once, with no error. */
  static void assertClean(RunResult r, int fanout) {
    String all = r.label() + " " + r.metrics();
    assertTrue(r.count("confirmed") > 0, "nothing confirmed: " + all);
    assertEquals(0, r.count("lost"), all);
    assertEquals(0, r.count("duplicated"), all);
    assertEquals(0, r.count("errors"), all);
    assertEquals(0, r.count("unconfirmed"), all);
    assertEquals(Boolean.TRUE, r.metrics().get("drained"), all);
    assertEquals(r.count("confirmed") * fanout, r.count("delivered"), all);
  }
}

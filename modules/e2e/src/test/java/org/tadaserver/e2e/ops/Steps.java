package org.tadaserver.e2e.ops;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded waiting for the ops tests. */
final class Steps {
  private static final Duration WAIT = Duration.ofSeconds(15);

  private Steps() {}

  /** Polls {@code condition} every 200 ms for up to 15 s; fails with {@code what} if it never holds. */
  static void eventually(String what, BooleanSupplier condition) {
    eventually(what, WAIT, condition);
  }

  /** As {@link #eventually(String, BooleanSupplier)} with a limit of {@code limit}. */
  static void eventually(String what, Duration limit, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + limit + ": " + what);
      }
      sleep(Duration.ofMillis(200));
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}

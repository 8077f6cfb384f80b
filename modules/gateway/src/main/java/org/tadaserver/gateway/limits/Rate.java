package org.tadaserver.gateway.limits;

import java.time.Duration;

/**
 * "At most {@code count} per {@code windowSeconds}", enforced as a token bucket of {@code count} tokens refilled evenly
 * over the window: a burst of {@code count} passes at once, then one more every {@code window / count}. A count of 0
 * means no limit.
 */
public record Rate(int count, int windowSeconds) {
  /** The longest window accepted (one day); longer ones are almost certainly a unit mistake. */
  static final int MAX_WINDOW_S = 86_400;

  public static final Rate UNLIMITED = new Rate(0, 1);

  /** Fails with {@link IllegalArgumentException} for a negative count or a window out of range. */
  public Rate {
    if (count < 0) {
      throw new IllegalArgumentException("a rate limit count must be 0 (off) or positive: " + count);
    }
    if (windowSeconds < 1 || windowSeconds > MAX_WINDOW_S) {
      throw new IllegalArgumentException("a rate limit window must be 1.." + MAX_WINDOW_S + " seconds: " + windowSeconds);
    }
  }

  public boolean unlimited() {
    return count == 0;
  }

  public Duration window() {
    return Duration.ofSeconds(windowSeconds);
  }
}

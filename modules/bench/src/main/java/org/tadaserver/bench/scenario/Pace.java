package org.tadaserver.bench.scenario;

/**
 * How senders send: at {@code rate} messages per second in total, spread evenly over the senders (open loop, a message
 * is skipped and counted when its sender already has {@code window} unconfirmed), or with {@code rate} 0 as fast as
 * confirms come back, keeping {@code window} messages in flight per sender (closed loop).
 */
public record Pace(double rate, int window) {
  public Pace {
    if (rate < 0 || window < 1) {
      throw new IllegalArgumentException("rate must be >= 0 and window >= 1");
    }
  }

  public boolean closedLoop() {
    return rate == 0;
  }
}

package org.tadaserver.gateway.limits;

/**
 * The answer of a limiter: admitted, or refused with the whole seconds (at least 1) until a retry can pass, for
 * {@code Retry-After} and warnings.
 */
public record Admission(boolean admitted, long retryAfterSeconds) {
  public static final Admission ADMITTED = new Admission(true, 0);

  static Admission refused(long nanosToWait) {
    long seconds = (nanosToWait + 999_999_999L) / 1_000_000_000L;
    return new Admission(false, Math.max(1, seconds));
  }
}

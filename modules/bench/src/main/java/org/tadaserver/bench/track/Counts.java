package org.tadaserver.bench.track;

/** A snapshot of the monotonically growing counters of {@link Stats}, for rates over a window. */
public record Counts(long nanos, long sent, long confirmed, long delivered, long errors) {
  public static Counts of(Stats s) {
    return new Counts(System.nanoTime(), s.sent.sum(), s.confirmed.sum(), s.delivered.sum(), s.errors.sum());
  }

  public double seconds(Counts earlier) {
    return (nanos - earlier.nanos) / 1e9;
  }

  public double confirmedPerSec(Counts earlier) {
    return rate(confirmed - earlier.confirmed, earlier);
  }

  public double deliveredPerSec(Counts earlier) {
    return rate(delivered - earlier.delivered, earlier);
  }

  public double sentPerSec(Counts earlier) {
    return rate(sent - earlier.sent, earlier);
  }

  private double rate(long n, Counts earlier) {
    double s = seconds(earlier);
    return s <= 0 ? 0 : n / s;
  }
}

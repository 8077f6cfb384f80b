package org.tadaserver.gateway.limits;

import java.time.Duration;
import java.util.function.LongSupplier;

/** A nanosecond clock that moves only when told, for the buckets and the eviction of the limiters under test. */
final class FakeClock implements LongSupplier {
  private long nanos = 1_000_000_000L;

  @Override
  public long getAsLong() {
    return nanos;
  }

  void advance(Duration by) {
    nanos += by.toNanos();
  }
}

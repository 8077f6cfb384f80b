package org.tadaserver.gateway.limits;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.util.function.LongSupplier;

/** Makes Bucket4j buckets for a {@link Rate} on one clock (the system's, or a test's). */
final class Buckets {
  private final TimeMeter clock;

  Buckets(LongSupplier nanoTime) {
    this.clock = new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        return nanoTime.getAsLong();
      }

      @Override
      public boolean isWallClockBased() {
        return false;
      }
    };
  }

  /** A full bucket of {@code rate.count()} tokens refilled greedily over the window; {@code rate} must be limited. */
  Bucket create(Rate rate) {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(rate.count()).refillGreedy(rate.count(), rate.window()))
        .withCustomTimePrecision(clock)
        .build();
  }

  /** Takes one token, or says how long until one is there. Thread safe (Bucket4j buckets are lock-free). */
  static Admission take(Bucket bucket) {
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return probe.isConsumed() ? Admission.ADMITTED : Admission.refused(probe.getNanosToWaitForRefill());
  }
}

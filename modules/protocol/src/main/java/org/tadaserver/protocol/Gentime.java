package org.tadaserver.protocol;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Object versions ("gentime"): unix time in nanoseconds, strictly increasing within this process. Every mutable
 * object takes a fresh value on each change; clients sync deltas with {@code gentime_gt}. On the wire it is an int64
 * JSON integer (about 1.6e18), never a float or string.
 */
public final class Gentime {

    private static final AtomicLong LAST = new AtomicLong();

    private Gentime() {
    }

    /** The next version: {@code max(previous + 1, now in unix nanoseconds)}. Thread-safe. */
    public static long next() {
        long now = nowNanos();
        return LAST.updateAndGet(previous -> Math.max(previous + 1, now));
    }

    /**
     * Makes later {@link #next()} values greater than {@code seen}, for example a gentime loaded from the database
     * that was written by a node whose clock ran ahead.
     */
    public static void observe(long seen) {
        LAST.accumulateAndGet(seen, Math::max);
    }

    private static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}

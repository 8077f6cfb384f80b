package org.tadaserver.protocol;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GentimeTest {

    /** Verifies that gentime is unix nanoseconds and strictly increases even when called faster than the clock ticks. */
    @Test
    void strictlyIncreasingUnixNanos() {
        long before = System.currentTimeMillis() * 1_000_000L;
        long previous = Gentime.next();
        assertTrue(previous >= before, "gentime is unix nanoseconds");
        for (int i = 0; i < 10_000; i++) {
            long next = Gentime.next();
            assertTrue(next > previous);
            previous = next;
        }
    }

    /** Verifies that concurrent callers never get the same value. */
    @Test
    void uniqueAcrossThreads() {
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 20_000).parallel().forEach(i -> seen.add(Gentime.next()));
        assertEquals(20_000, seen.size());
    }

    /** Verifies that an observed future gentime pushes later values past it. */
    @Test
    void observeMovesTheClockForward() {
        long future = Gentime.next() + 3_600_000_000_000L;
        Gentime.observe(future);
        assertTrue(Gentime.next() > future);
    }
}

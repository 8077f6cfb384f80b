package org.tadaserver.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.util.function.LongSupplier;

/**
 * One {@link Rate} applied per key (a username, a client address). Memory is bounded twice: a bucket not used for one
 * window is full again, so it is dropped (a new one would be the same); and at most {@code maxKeys} buckets are kept,
 * the least recently used going first. A flood of distinct keys can therefore evict a busy key's bucket and give it a
 * fresh allowance; that costs the flooder {@code maxKeys} requests per reset, which is the price of bounded memory.
 */
final class KeyedLimiter {
  private final Rate rate;
  private final Buckets buckets;
  private final Cache<String, Bucket> byKey;

  KeyedLimiter(Rate rate, int maxKeys, LongSupplier nanoTime) {
    this.rate = rate;
    this.buckets = new Buckets(nanoTime);
    this.byKey = Caffeine.newBuilder()
        .maximumSize(maxKeys)
        .expireAfterAccess(rate.window())
        .ticker(nanoTime::getAsLong)
        .executor(Runnable::run) // evict on the caller's thread: no background pool, deterministic in tests
        .build();
  }

  /** Takes one token from {@code key}'s bucket; always admitted when the rate is unlimited. */
  Admission take(String key) {
    if (rate.unlimited()) {
      return Admission.ADMITTED;
    }
    return Buckets.take(byKey.get(key, k -> buckets.create(rate)));
  }

  /** Buckets currently kept, after pending evictions; for tests and metrics. */
  long trackedKeys() {
    byKey.cleanUp();
    return byKey.estimatedSize();
  }
}

package org.tadaserver.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs {@code n} asynchronous tasks with at most {@code parallelism} in flight. Each lane starts its next task from
 * the callback of the previous one instead of composing futures, so the stack stays flat for any {@code n}.
 */
public final class Parallel {
  private Parallel() {}

  /** Completes when every task has completed; fails with the first failure (the other lanes still finish). */
  public static Future<Void> forEach(int n, int parallelism, IntFunction<Future<?>> task) {
    if (n <= 0) {
      return Future.succeededFuture();
    }
    AtomicInteger next = new AtomicInteger();
    List<Future<Void>> lanes = new ArrayList<>();
    for (int lane = 0; lane < Math.min(n, Math.max(1, parallelism)); lane++) {
      Promise<Void> done = Promise.promise();
      runNext(n, next, task, done);
      lanes.add(done.future());
    }
    return Future.all(lanes).mapEmpty();
  }

  /** As {@link #forEach}, but a failed task does not stop the others; completes with the number of failures. */
  public static Future<Integer> forEachCounting(int n, int parallelism, IntFunction<Future<?>> task) {
    AtomicInteger failures = new AtomicInteger();
    return forEach(n, parallelism, i -> task.apply(i).otherwise(e -> {
      failures.incrementAndGet();
      return null;
    })).map(v -> failures.get());
  }

  private static void runNext(int n, AtomicInteger next, IntFunction<Future<?>> task, Promise<Void> done) {
    int i = next.getAndIncrement();
    if (i >= n) {
      done.tryComplete();
      return;
    }
    Future<?> f;
    try {
      f = task.apply(i);
    } catch (RuntimeException e) {
      done.tryFail(e);
      return;
    }
    f.onSuccess(v -> runNext(n, next, task, done)).onFailure(done::tryFail);
  }
}

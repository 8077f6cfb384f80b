package org.tadaserver.directory.service;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** Small future combinators the operations share. */
final class Futures {
  private Futures() {}

  /** Applies {@code step} to each item in order, each after the previous one succeeded; stops at the first failure. */
  static <T, R> Future<List<R>> inOrder(List<T> items, Function<T, Future<R>> step) {
    Future<List<R>> chain = Future.succeededFuture(new ArrayList<>(items.size()));
    for (T item : items) {
      chain = chain.compose(done -> step.apply(item).map(result -> {
        done.add(result);
        return done;
      }));
    }
    return chain;
  }

  /** Runs {@code body} now, turning an exception it throws (a failed check) into a failed future. */
  static <T> Future<T> attempt(Callable<Future<T>> body) {
    try {
      return body.call();
    } catch (Exception e) {
      return Future.failedFuture(e);
    }
  }
}

package org.tadaserver.store.db;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/**
 * PostgreSQL being away (restarting, failing over, refusing connections while it recovers), as opposed to a statement
 * failing on its own. The pool replaces its connections by itself once the server is back; an operation that may be
 * repeated (a send keyed by its message id) can wait that out with {@link #retrying} instead of failing the caller.
 */
public final class DatabaseOutage {
  /** SQLSTATE class 08: connection exceptions. */
  private static final String CONNECTION_CLASS = "08";
  /** admin_shutdown, crash_shutdown, cannot_connect_now (starting up or recovering). */
  private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");
  private static final long FIRST_PAUSE_MS = 200;
  private static final long LONGEST_PAUSE_MS = 1_000;

  private DatabaseOutage() {}

  /**
   * Whether {@code failure} (or a cause of it) says the server cannot be reached or is going away: the connection was
   * lost, refused or broke while writing (an {@link IOException} of the socket), or the server said it is shutting
   * down or starting.
   */
  public static boolean isOutage(Throwable failure) {
    for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
      if (e instanceof ClosedConnectionException || e instanceof IOException) {
        return true;
      }
      if (e instanceof PgException pg && pg.getSqlState() != null
          && (pg.getSqlState().startsWith(CONNECTION_CLASS) || SHUTDOWN_STATES.contains(pg.getSqlState()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs {@code attempt}, and again after a growing pause (0.2 s doubling up to 1 s) while it fails with an outage and
   * {@code budget} has not run out since the first try. Any other failure, or an outage past the budget, is the
   * result. {@code attempt} must be safe to repeat: a failed commit may still have happened.
   */
  public static <T> Future<T> retrying(Vertx vertx, Supplier<Future<T>> attempt, Duration budget) {
    Promise<T> result = Promise.promise();
    run(vertx, attempt, System.nanoTime() + budget.toNanos(), FIRST_PAUSE_MS, result);
    return result.future();
  }

  private static <T> void run(Vertx vertx, Supplier<Future<T>> attempt, long deadline, long pauseMs,
      Promise<T> result) {
    Future<T> tried;
    try {
      tried = attempt.get();
    } catch (RuntimeException e) {
      tried = Future.failedFuture(e);
    }
    tried.onComplete(ar -> {
      long left = deadline - System.nanoTime();
      if (ar.succeeded() || !isOutage(ar.cause()) || left < pauseMs * 1_000_000) {
        result.handle(ar);
        return;
      }
      vertx.setTimer(pauseMs, id -> run(vertx, attempt, deadline, Math.min(2 * pauseMs, LONGEST_PAUSE_MS), result));
    });
  }
}

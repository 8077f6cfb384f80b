package org.tadaserver.store.sql;

import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import org.tadaserver.store.StoreException;

/**
 * The one place where PostgreSQL error codes become {@link StoreException}s. Store-internal: repositories wrap every
 * statement with {@link #mapped(Future)}.
 */
public final class SqlErrors {
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String FOREIGN_KEY_VIOLATION = "23503";
  private static final String CHECK_VIOLATION = "23514";
  private static final String NOT_NULL_VIOLATION = "23502";
  /** Class 22 = data exceptions: too long, malformed text representation, out of range, bad JSON ... */
  private static final String DATA_EXCEPTION_CLASS = "22";

  private SqlErrors() {}

  /** {@code future} with its PostgreSQL constraint failures translated; other failures pass unchanged. */
  public static <T> Future<T> mapped(Future<T> future) {
    return future.recover(e -> Future.failedFuture(translate(e)));
  }

  /** The typed store failure for {@code e}, or {@code e} itself when it is not a data or constraint error. */
  public static Throwable translate(Throwable e) {
    if (!(e instanceof PgException pg) || pg.getSqlState() == null) {
      return e;
    }
    String state = pg.getSqlState();
    String detail = pg.getErrorMessage() + (pg.getDetail() == null ? "" : " (" + pg.getDetail() + ")");
    return switch (state) {
      case UNIQUE_VIOLATION -> new StoreException.Conflict(pg.getConstraint(), detail, e);
      case FOREIGN_KEY_VIOLATION -> new StoreException.NotFound("referenced row does not exist: " + detail, e);
      case CHECK_VIOLATION, NOT_NULL_VIOLATION -> new StoreException.Invalid(detail, e);
      default -> state.startsWith(DATA_EXCEPTION_CLASS) ? new StoreException.Invalid(detail, e) : e;
    };
  }
}

package org.tadaserver.directory.service;

import io.vertx.core.Future;
import java.util.Map;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.store.StoreException;

/**
 * The one mapping from store failures to service errors. A missing row is {@code NOT_FOUND}; a broken unique or check
 * rule is {@code INVALID_DATA}, naming the field when the constraint tells which one. Anything else passes unchanged
 * (and reaches the caller as an internal error).
 */
public final class Failures {
  private static final Map<String, String> FIELD_OF_CONSTRAINT = Map.of(
      "users_username_key", "username",
      "users_email_key", "email",
      "users_phone_key", "phone");

  private Failures() {}

  /** {@code future} with store failures turned into {@link ServiceException}s. */
  public static <T> Future<T> mapped(Future<T> future) {
    return future.recover(e -> Future.failedFuture(translate(e)));
  }

  public static Throwable translate(Throwable e) {
    if (e instanceof StoreException.NotFound nf) {
      return new ServiceException(ApiError.NOT_FOUND, nf.getMessage());
    }
    if (e instanceof StoreException.Conflict c) {
      String field = FIELD_OF_CONSTRAINT.getOrDefault(c.constraint(), "value");
      return ServiceException.invalid(field, "already taken");
    }
    if (e instanceof StoreException.Invalid) {
      // The driver's detail can quote the whole failing row; it never goes back to a caller.
      return new ServiceException(ApiError.INVALID_DATA, "a value breaks a data rule");
    }
    return e;
  }
}

package org.tadaserver.chats.access;

import io.vertx.core.Future;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.store.StoreException;

/**
 * The chat service's one mapping from store failures to service errors: a missing row is {@code NOT_FOUND}, a broken
 * data rule {@code INVALID_DATA} (without the driver's detail, which can quote a whole row). Service errors and
 * anything else pass unchanged.
 */
public final class ChatFailures {
  private ChatFailures() {}

  public static <T> Future<T> mapped(Future<T> future) {
    return future.recover(e -> Future.failedFuture(translate(e)));
  }

  public static Throwable translate(Throwable e) {
    if (e instanceof StoreException.NotFound) {
      return ServiceException.notFound("object");
    }
    if (e instanceof StoreException.Conflict || e instanceof StoreException.Invalid) {
      return new ServiceException(ApiError.INVALID_DATA, "a value breaks a data rule");
    }
    return e;
  }
}

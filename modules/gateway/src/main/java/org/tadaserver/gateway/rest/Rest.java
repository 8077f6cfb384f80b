package org.tadaserver.gateway.rest;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.WireException;
import org.tadaserver.protocol.rest.ApiResponse;

/**
 * The REST envelope ({@code tdapi.Resp}, reference §2.1) and the one place where failures become HTTP answers.
 *
 * <p>Success is {@code {"ok":true,"result":...}} with status 200. Failure is {@code {"ok":false,"error":"CODE",
 * "details":{field:message}?,"reason":"..."?}} with the status of the {@link ApiError}. tdclient never reads the status
 * and JSON-decodes every body, so every answer, errors included, is such an envelope.
 */
public final class Rest {
  private static final Logger log = LoggerFactory.getLogger(Rest.class);
  static final String JSON = "application/json; charset=utf-8";

  private Rest() {}

  /**
   * Adapts an asynchronous operation to a route handler: its result is written as the envelope's {@code result}, its
   * failure (returned or thrown) goes through {@link #fail}.
   */
  public static Handler<RoutingContext> route(Function<RoutingContext, Future<?>> operation) {
    return ctx -> {
      Future<?> result;
      try {
        result = operation.apply(ctx);
      } catch (RuntimeException e) {
        result = Future.failedFuture(e);
      }
      result.onComplete(ar -> {
        if (ar.succeeded()) {
          ok(ctx, ar.result());
        } else {
          fail(ctx, ar.cause());
        }
      });
    };
  }

  /** Writes {@code {"ok":true,"result":<result>}} (a null result leaves the key out). */
  public static void ok(RoutingContext ctx, Object result) {
    write(ctx, 200, Wire.toJson(ApiResponse.ok(result)));
  }

  /** Writes the error envelope for any failure; see {@link #toServiceException} for how it is classified. */
  public static void fail(RoutingContext ctx, Throwable failure) {
    ServiceException error = toServiceException(failure);
    write(ctx, error.error().status(), errorBody(error));
  }

  /**
   * Classifies a failure: a {@link ServiceException} is answered as it is; a {@link WireException} is bad client input
   * ({@code INVALID_DATA}); anything else is a bug or an outage, logged here and answered {@code INTERNAL_SERVER_ERROR}
   * without its message, so internals never reach clients.
   */
  static ServiceException toServiceException(Throwable failure) {
    if (failure instanceof ServiceException se) {
      return se;
    }
    if (failure instanceof WireException we) {
      return new ServiceException(ApiError.INVALID_DATA, we.getMessage());
    }
    log.error("unexpected failure in a REST request", failure);
    return new ServiceException(ApiError.INTERNAL_SERVER_ERROR, "internal server error");
  }

  /** The error envelope; {@code reason} carries the readable message for every code, not only ACCESS_DENIED. */
  static String errorBody(ServiceException error) {
    return Wire.toJson(new ApiResponse(false, null, error.error(), error.details(), error.getMessage(), null));
  }

  /** Writes a JSON body unless the exchange is already over (client gone, or answered by an earlier handler). */
  static void write(RoutingContext ctx, int status, String json) {
    HttpServerResponse response = ctx.response();
    if (response.ended() || response.closed()) {
      return;
    }
    response.setStatusCode(status).putHeader("content-type", JSON).end(json);
  }
}

package org.tadaserver.gateway.rest;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.ApiError;

/**
 * Router-wide answers for what no route handles itself: an unknown path (404), a known path with another method (405),
 * a body over the limit (413, failed by {@code BodyHandler}), a request Vert.x found malformed (400) and a handler
 * that threw (500). Each is written as the JSON error envelope, so a client always gets something it can decode.
 */
final class RouterErrors {
  private RouterErrors() {}

  static void install(Router router, int maxBodyBytes) {
    router.errorHandler(400, ctx -> answer(ctx, ApiError.BAD_REQUEST, "malformed request"));
    router.errorHandler(404, ctx -> answer(ctx, ApiError.NOT_FOUND, "no such endpoint: " + ctx.request().path()));
    router.errorHandler(405, ctx -> answer(ctx, ApiError.INVALID_METHOD,
        ctx.request().method() + " is not allowed on " + ctx.request().path()));
    router.errorHandler(413, ctx -> answer(ctx, ApiError.TOO_LARGE,
        "request body exceeds " + maxBodyBytes + " bytes"));
    router.errorHandler(500, ctx -> answer(ctx, ApiError.INTERNAL_SERVER_ERROR, "internal server error"));
  }

  /**
   * A {@link ServiceException} thrown by a handler is answered as it is, any other thrown exception as an internal
   * error (logged); a bare status failure (such as {@code BodyHandler}'s 413) gets the generic answer for that status.
   */
  private static void answer(RoutingContext ctx, ApiError error, String reason) {
    Throwable failure = ctx.failure();
    if (failure instanceof ServiceException || (failure != null && error == ApiError.INTERNAL_SERVER_ERROR)) {
      Rest.fail(ctx, failure);
    } else {
      Rest.fail(ctx, new ServiceException(error, reason));
    }
  }
}

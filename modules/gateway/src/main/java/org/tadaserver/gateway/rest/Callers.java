package org.tadaserver.gateway.rest;

import io.vertx.core.Future;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Caller;
import org.tadaserver.directory.DirectoryService;
import org.tadaserver.protocol.ApiError;

/**
 * Who is calling. The token comes from the {@code token} header (what tdclient sends; header names are
 * case-insensitive), else the {@code token} cookie, else the {@code ?token=} query parameter (both for browsers, which
 * cannot set headers on every request, e.g. image links). No token is {@code 401 EMPTY_TOKEN}; the directory answers
 * {@code 401 INVALID_TOKEN} for an unknown or revoked one.
 */
public final class Callers {
  public static final String TOKEN = "token";
  private final DirectoryService directory;

  public Callers(DirectoryService directory) {
    this.directory = directory;
  }

  /** The authenticated caller of this request. */
  public Future<Caller> of(RoutingContext ctx) {
    String token = token(ctx);
    if (token == null) {
      return Future.failedFuture(new ServiceException(ApiError.EMPTY_TOKEN, "this request needs a token"));
    }
    return directory.authenticate(token);
  }

  /** The token the request carries, or null when it has none (blank counts as none). */
  static String token(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    String token = request.getHeader(TOKEN);
    if (isBlank(token)) {
      Cookie cookie = request.getCookie(TOKEN);
      token = cookie == null ? null : cookie.getValue();
    }
    if (isBlank(token)) {
      token = ctx.queryParams().get(TOKEN);
    }
    return isBlank(token) ? null : token.trim();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}

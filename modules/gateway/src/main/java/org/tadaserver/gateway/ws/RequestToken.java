package org.tadaserver.gateway.ws;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * Where the token of a WebSocket upgrade comes from, first found wins: the {@code token} header (any case; tdclient
 * and bots), then a {@code token} cookie (browsers cannot set headers on a WebSocket), then the {@code ?token=} query
 * parameter (browsers without the cookie). The reference (§1.2) only knows the header; the other two exist for web
 * clients and must carry the same token.
 */
final class RequestToken {
  static final String NAME = "token";

  private RequestToken() {}

  /** The token, or an empty string when the request carries none. */
  static String of(HttpServerRequest request) {
    String header = request.getHeader(NAME);
    if (header != null && !header.isBlank()) {
      return header.trim();
    }
    Cookie cookie = request.getCookie(NAME);
    if (cookie != null && !cookie.getValue().isBlank()) {
      return cookie.getValue().trim();
    }
    String query = request.getParam(NAME);
    return query == null ? "" : query.trim();
  }
}

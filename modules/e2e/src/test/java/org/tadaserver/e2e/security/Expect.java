package org.tadaserver.e2e.security;

import org.tadaserver.protocol.ApiError;

/**
 * The expected answer of one cell: success, or a refusal with its error code (whose HTTP status is the code's own).
 *
 * @param error null for success
 */
record Expect(ApiError error) {
  static final Expect OK = new Expect(null);
  static final Expect EMPTY_TOKEN = new Expect(ApiError.EMPTY_TOKEN);
  static final Expect INVALID_TOKEN = new Expect(ApiError.INVALID_TOKEN);
  static final Expect NOT_FOUND = new Expect(ApiError.NOT_FOUND);
  static final Expect DENIED = new Expect(ApiError.ACCESS_DENIED);

  boolean allowed() {
    return error == null;
  }

  int status() {
    return error == null ? 200 : error.status();
  }

  @Override
  public String toString() {
    return error == null ? "200 ok" : error.status() + " " + error.code();
  }
}

package org.tadaserver.gateway.ws;

/**
 * A client event that cannot be processed as sent: malformed JSON, a wrong shape, missing or wrongly typed params, or
 * an event this server does not handle. It becomes a {@code server.warning} with this message; the connection stays
 * open.
 */
public final class InvalidEventException extends RuntimeException {
  public InvalidEventException(String message) {
    super(message, null, false, false);
  }
}

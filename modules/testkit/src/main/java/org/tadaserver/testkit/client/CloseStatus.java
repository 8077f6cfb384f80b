package org.tadaserver.testkit.client;

/**
 * How a WebSocket ended, as this client saw it.
 *
 * @param code the close code the server sent, or {@link #ABNORMAL} when the connection dropped without a close frame
 * @param reason the server's close reason, or the error that ended the connection
 */
public record CloseStatus(int code, String reason) {
  /** RFC 6455's "no close frame received" code. */
  public static final int ABNORMAL = 1006;
}

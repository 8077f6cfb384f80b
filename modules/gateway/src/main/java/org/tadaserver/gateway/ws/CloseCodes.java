package org.tadaserver.gateway.ws;

/**
 * The WebSocket close codes this gateway sends (RFC 6455 §7.4.1) and what a client should make of them. tdclient treats
 * any code but {@link #NORMAL} in reply to its own close as a session error, so a client-initiated close is always
 * answered with {@link #NORMAL}.
 */
public final class CloseCodes {
  /** Reply to a client close, and the close after {@code server.logout}: do not reconnect with this token. */
  public static final short NORMAL = 1000;
  /** The node is shutting down: reconnect, to another node if there is one. */
  public static final short GOING_AWAY = 1001;
  /** The client broke a rule the connection depends on (it stopped reading its events): reconnect and resync. */
  public static final short POLICY_VIOLATION = 1008;
  /** A message larger than {@code gateway.max_frame_bytes}. */
  public static final short MESSAGE_TOO_BIG = 1009;
  /** A bug on our side; reconnect. */
  public static final short INTERNAL_ERROR = 1011;

  private CloseCodes() {}
}

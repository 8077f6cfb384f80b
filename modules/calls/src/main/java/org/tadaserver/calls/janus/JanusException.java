package org.tadaserver.calls.janus;

/**
 * Janus refused a request: a core error ({@code "janus":"error"}, e.g. 458 no such session, 465 invalid SDP) or a
 * plugin error ({@code plugindata.data.error_code}, e.g. 485 no such room). Code 0 means Janus could not be reached.
 */
public final class JanusException extends RuntimeException {
  /** Janus: the session does not exist (it timed out, or Janus restarted). */
  public static final int NO_SUCH_SESSION = 458;
  private final int code;

  public JanusException(int code, String reason) {
    super("janus error " + code + ": " + reason);
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** Whether the failure means the session is gone (restart, timeout) or Janus is unreachable. */
  public boolean sessionLost() {
    return code == NO_SUCH_SESSION || code == 0;
  }
}

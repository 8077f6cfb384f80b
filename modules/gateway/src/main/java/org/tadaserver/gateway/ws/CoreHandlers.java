package org.tadaserver.gateway.ws;

import io.vertx.core.Future;

/** The handlers the session layer owns itself: keepalive, confirms of server events, and the placeholder. */
final class CoreHandlers {
  private CoreHandlers() {}

  /** {@code client.ping}: nothing to do; the dispatcher's {@code server.confirm} is the answer. */
  static final ClientEventHandler PING = (session, event) -> Future.succeededFuture();

  /**
   * {@code client.confirm}: the client's automatic reply to a server event with a confirm_id. Accepted quietly (no
   * warning, never a confirm back); nothing on the server depends on it (reference §1.5). A malformed one is still
   * reported, so a broken client learns about it.
   */
  static final ClientEventHandler CONFIRM = (session, event) -> {
    event.requiredString("confirm_id");
    return Future.succeededFuture();
  };

  /** A protocol event whose feature this server does not have yet. */
  static ClientEventHandler notSupported(String name) {
    return (session, event) -> Future.failedFuture(new InvalidEventException("not supported yet: " + name));
  }
}

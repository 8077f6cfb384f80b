package org.tadaserver.gateway.ws;

import io.vertx.core.Future;

/**
 * The action behind one client event name. It runs on the gateway's event loop and must not block: anything slow goes
 * to a service over the event bus.
 *
 * <p>The returned future completes when the action is done (stored, forwarded); only then does the dispatcher send
 * {@code server.confirm}. A failure becomes a {@code server.warning}: {@link InvalidEventException} for bad params,
 * {@code ServiceException} for a refusal by a service (its message is shown), anything else as an internal error
 * (logged, not shown). The event is confirmed either way, so the client stops resending it.
 */
@FunctionalInterface
public interface ClientEventHandler {
  Future<Void> handle(Session session, ClientEvent event);
}

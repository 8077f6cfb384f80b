package org.tadaserver.presence;

import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.bus.Delivery;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.protocol.event.ServerOnline;

/**
 * Writes {@code server.online} to this node's sessions only: through the gateway's deliveries consumer, but published
 * local-only, because every node sends its own sessions their copy (each node holds the whole view). One event per
 * team, the same bytes for every member.
 */
final class OnlineSender {
  private final Vertx vertx;
  private final Map<UUID, String> lastSent = new HashMap<>();
  private long sent;

  OnlineSender(Vertx vertx) {
    this.vertx = vertx;
  }

  /**
   * Sends the team's list to every session of the team here.
   *
   * @param onlyIfChanged skip it when it is what the team got last (a change that changed nothing visible)
   */
  void toTeam(UUID team, ServerOnline online, boolean onlyIfChanged) {
    String event = Events.toJson(online);
    if (onlyIfChanged && event.equals(lastSent.get(team))) {
      return;
    }
    lastSent.put(team, event);
    publish(Delivery.toTeam(team, event));
  }

  /** Sends the team's list to one user's sessions in it (a session that just connected). */
  void toUser(UUID team, UUID user, ServerOnline online) {
    publish(Delivery.toUser(team, user, Events.toJson(online)));
  }

  /** The team has no sessions here any more. */
  void forget(UUID team) {
    lastSent.remove(team);
  }

  /** How many server.online events this node has sent (for tests and metrics). */
  long sent() {
    return sent;
  }

  private void publish(Delivery delivery) {
    sent++;
    Deliveries.publishLocal(vertx, List.of(delivery));
  }
}

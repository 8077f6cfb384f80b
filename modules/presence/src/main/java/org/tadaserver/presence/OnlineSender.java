package org.tadaserver.presence;

import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.bus.Delivery;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.protocol.event.ServerOnline;

/**
 * Writes {@code server.online} to this node's sessions only: through the gateway's deliveries consumer, but published
 * local-only, because every node sends its own sessions their copy (each node holds the whole view). One event per
 * team, the same text for every member (the gateway encodes it once for all of them).
 *
 * <p>It also keeps each team's current text for the sessions that connect ({@link #greeting}): built once per change
 * of the team's view, not once per connect, and handed out as the same String the team was last sent when nothing
 * changed since, so the gateway can reuse that broadcast's bytes.
 */
final class OnlineSender {
  private final Vertx vertx;
  private final Map<UUID, String> lastSent = new HashMap<>();
  private final Map<UUID, Current> current = new HashMap<>();
  private long sent;

  OnlineSender(Vertx vertx) {
    this.vertx = vertx;
  }

  /** A team's latest list text; {@code stale} once the view changed after it was built. */
  private static final class Current {
    final String text;
    final long builtAt;
    boolean stale;

    Current(String text, long builtAt) {
      this.text = text;
      this.builtAt = builtAt;
    }
  }

  /**
   * Sends the team's list to every session of the team here.
   *
   * @param onlyIfChanged skip it when it is what the team got last (a change that changed nothing visible)
   */
  void toTeam(UUID team, ServerOnline online, boolean onlyIfChanged, long now) {
    String event = Events.toJson(online);
    String before = lastSent.get(team);
    if (onlyIfChanged && event.equals(before)) {
      current.put(team, new Current(before, now)); // the String the gateway has cached
      return;
    }
    lastSent.put(team, event);
    current.put(team, new Current(event, now));
    publish(Delivery.toTeam(team, event));
  }

  /**
   * The list for a session that just connected to the team: the current text, rebuilt only when the view changed
   * since it was built and it is older than {@code maxStaleMs} (0 = always current; a big team allows the paced
   * broadcast's gap, since the change that made it stale is broadcast to the team, the newcomer included, anyway).
   */
  String greeting(UUID team, long now, long maxStaleMs, Supplier<ServerOnline> build) {
    Current last = current.get(team);
    if (last != null && (!last.stale || now - last.builtAt < maxStaleMs)) {
      return last.text;
    }
    String event = Events.toJson(build.get());
    Current fresh = new Current(event, now);
    if (last != null && event.equals(last.text)) {
      fresh = new Current(last.text, now);
    }
    current.put(team, fresh);
    return fresh.text;
  }

  /** The team's view changed: its next greeting is rebuilt (subject to its allowed staleness). */
  void invalidate(UUID team) {
    Current last = current.get(team);
    if (last != null) {
      last.stale = true;
    }
  }

  /** The team has no sessions here any more. */
  void forget(UUID team) {
    lastSent.remove(team);
    current.remove(team);
  }

  /** How many server.online events this node has broadcast (for tests and metrics). */
  long sent() {
    return sent;
  }

  private void publish(Delivery delivery) {
    sent++;
    Deliveries.publishLocal(vertx, List.of(delivery));
  }
}

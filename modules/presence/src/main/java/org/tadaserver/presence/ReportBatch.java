package org.tadaserver.presence;

import io.vertx.core.Vertx;
import java.util.List;
import org.tadaserver.protocol.Wire;

/**
 * One message between presence nodes on {@link PresenceAddresses#REPORTS}.
 *
 * @param node the sender's {@link NodeMembership#localNode()}
 * @param kind what the message means
 * @param teams the sender's contribution to each team it names
 */
public record ReportBatch(String node, Kind kind, List<TeamReport> teams) {

  /** Message kinds. */
  public enum Kind {
    /** A node started: the others answer with {@link #FULL} so it learns the present state at once. */
    HELLO,
    /** The named teams changed on the sender; teams not named are unchanged. */
    DELTA,
    /** The sender's whole state: teams not named have nothing from it (sent periodically and to greet a node). */
    FULL,
    /** The sender drains and stops: forget everything it reported. */
    LEAVING
  }

  public ReportBatch {
    teams = teams == null ? List.of() : List.copyOf(teams);
  }

  void publish(Vertx vertx) {
    vertx.eventBus().publish(PresenceAddresses.REPORTS, Wire.toJson(this));
  }

  static ReportBatch decode(String json) {
    try {
      return Wire.mapper().readValue(json, ReportBatch.class);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("undecodable presence report", e);
    }
  }
}

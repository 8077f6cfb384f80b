package org.tadaserver.presence;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.DeliveryOptions;
import java.util.UUID;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.enums.TeamStatus;

/**
 * What the gateway tells its node's presence about one WebSocket session, sent on {@link PresenceAddresses#SESSIONS}
 * (local only; see {@link #send}).
 *
 * @param op what happened
 * @param session an id of the session, unique on this node
 * @param team the session's team (OPEN only)
 * @param user the session's user (OPEN only)
 * @param contact the user's contact JID in the team, {@code d-<uuid>} (OPEN only)
 * @param status the user's team status, which decides how they see other contacts (OPEN only)
 * @param mobile the session is a mobile client (OPEN only)
 * @param afk ACTIVITY only: the client says its user is away ({@code client.activity {afk}})
 */
public record SessionEvent(Op op, String session, UUID team, UUID user, String contact, TeamStatus status,
    boolean mobile, boolean afk) {

  /** The kinds of session event. */
  public enum Op {
    /** The session was upgraded and registered; the user may now see the team's presence. */
    OPEN,
    /** The connection is gone. */
    CLOSE,
    /** The user did something (any client event but pings and confirms); resets the idle clock. */
    TOUCH,
    /** {@code client.activity}: the client reports its user away or back. */
    ACTIVITY
  }

  private static final DeliveryOptions LOCAL = new DeliveryOptions().setLocalOnly(true);

  public static SessionEvent open(String session, UUID team, UUID user, String contact, TeamStatus status,
      boolean mobile) {
    return new SessionEvent(Op.OPEN, session, team, user, contact, status, mobile, false);
  }

  public static SessionEvent close(String session) {
    return new SessionEvent(Op.CLOSE, session, null, null, null, null, false, false);
  }

  public static SessionEvent touch(String session) {
    return new SessionEvent(Op.TOUCH, session, null, null, null, null, false, false);
  }

  public static SessionEvent activity(String session, boolean afk) {
    return new SessionEvent(Op.ACTIVITY, session, null, null, null, null, false, afk);
  }

  /** Hands the event to this node's presence verticle; dropped quietly when the node runs none. */
  public void send(Vertx vertx) {
    vertx.eventBus().publish(PresenceAddresses.SESSIONS, Wire.toJson(this), LOCAL);
  }

  /**
   * Hands an {@link Op#OPEN} to this node's presence verticle and gets back the team's current {@code server.online}
   * text for the new session (null when presence has none for it). Fails when the node runs no presence.
   */
  public Future<String> request(Vertx vertx) {
    return vertx.eventBus().<String>request(PresenceAddresses.SESSIONS, Wire.toJson(this), LOCAL)
        .map(Message::body);
  }

  static SessionEvent decode(String json) {
    try {
      return Wire.mapper().readValue(json, SessionEvent.class);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("undecodable session event", e);
    }
  }
}

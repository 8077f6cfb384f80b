package org.tadaserver.gateway.ws;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.bus.Delivery;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.DirectoryService;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.protocol.event.ServerLogout;

/**
 * Writes each {@link Delivery} to the local sessions it addresses: {@code team} and no users = every session of the
 * team; {@code team} and users = those users' sessions in that team; no team = those users' sessions in every team.
 * The event text is encoded once per delivery and the same bytes are written to every addressed session, in batch
 * order.
 *
 * <p>{@code server.logout} is the one event that is not simply written. A logout revokes one token, but a delivery
 * addresses users; so for each addressed session the gateway asks the directory whether the session's own token still
 * authenticates, and only the sessions whose token is now refused get the event and are closed (1000). The user's
 * other devices stay connected and hear nothing. The directory therefore only has to publish the event to the user
 * after committing the revocation; no token id travels in the protocol.
 */
final class DeliveryRouter {
  private static final Logger log = LoggerFactory.getLogger(DeliveryRouter.class);
  private static final String LOGOUT = Events.name(ServerLogout.class);
  private final SessionRegistry sessions;
  private final DirectoryService directory;
  private final OnlineFrames online;

  DeliveryRouter(SessionRegistry sessions, DirectoryService directory, OnlineFrames online) {
    this.sessions = sessions;
    this.directory = directory;
    this.online = online;
  }

  void route(List<Delivery> batch) {
    for (Delivery delivery : batch) {
      List<Session> targets = targets(delivery);
      if (isLogout(delivery.event())) {
        targets.forEach(session -> logoutIfRevoked(session, delivery.event()));
      } else if (!targets.isEmpty()) {
        OutboundFrame frame = encode(delivery, targets.size());
        targets.forEach(session -> session.deliver(frame));
      }
    }
  }

  /** One encoding for all the delivery's sessions; a team's online list is also kept for connecting sessions. */
  private OutboundFrame encode(Delivery delivery, int sessions) {
    OutboundFrame frame = sessions > 1 ? OutboundFrame.shared(delivery.event()) : OutboundFrame.of(delivery.event());
    if (frame.latestWins() && delivery.team() != null && delivery.users().isEmpty()) {
      online.broadcast(delivery.team(), delivery.event(), frame);
    }
    return frame;
  }

  private List<Session> targets(Delivery delivery) {
    if (delivery.users().isEmpty()) {
      return sessions.ofTeam(delivery.team());
    }
    if (delivery.users().size() == 1) {
      return delivery.team() == null
          ? sessions.ofUser(delivery.users().get(0))
          : sessions.ofUser(delivery.users().get(0), delivery.team());
    }
    List<Session> targets = new ArrayList<>();
    for (UUID user : delivery.users()) {
      targets.addAll(delivery.team() == null ? sessions.ofUser(user) : sessions.ofUser(user, delivery.team()));
    }
    return targets;
  }

  private void logoutIfRevoked(Session session, String event) {
    directory.authenticate(session.identity().token()).onComplete(ar -> {
      if (ar.succeeded()) {
        return;
      }
      if (ar.cause() instanceof ServiceException se
          && (se.error() == ApiError.INVALID_TOKEN || se.error() == ApiError.EMPTY_TOKEN)) {
        session.send(event);
        session.close(CloseCodes.NORMAL, "logged out");
      } else {
        log.warn("cannot re-check the token of a session of user {}: {}", session.identity().user(), ar.cause().toString());
      }
    });
  }

  /** A cheap substring test first, since nearly every delivery is something else; then a real parse. */
  private static boolean isLogout(String event) {
    if (!event.contains(LOGOUT)) {
      return false;
    }
    try {
      JsonNode tree = Wire.mapper().readTree(event);
      return LOGOUT.equals(tree.path("event").asText());
    } catch (IOException e) {
      return false;
    }
  }
}

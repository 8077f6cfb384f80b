package org.tadaserver.bus;

import java.util.List;
import java.util.UUID;

/**
 * One server event to write to WebSocket sessions once it is committed.
 *
 * @param team the team whose sockets get it; {@code null} means the users' sockets in every team
 * @param users the users whose sessions get it; empty means every session of {@code team}
 * @param event the complete envelope as JSON text, written to each matching session as it is
 */
public record Delivery(UUID team, List<UUID> users, String event) {
  public Delivery {
    users = users == null ? List.of() : List.copyOf(users);
    if (team == null && users.isEmpty()) {
      throw new IllegalArgumentException("a delivery needs a team or users");
    }
  }

  public static Delivery toTeam(UUID team, String event) {
    return new Delivery(team, List.of(), event);
  }

  public static Delivery toUser(UUID team, UUID user, String event) {
    return new Delivery(team, List.of(user), event);
  }
}

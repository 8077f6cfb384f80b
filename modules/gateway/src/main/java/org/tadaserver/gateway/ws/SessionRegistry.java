package org.tadaserver.gateway.ws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The open sessions of this gateway instance, by team and by user. Owned by the instance's event loop: every change
 * and lookup happens there (socket handlers and the deliveries consumer run on it), so plain maps suffice. A session
 * is added right after its upgrade, before any event is sent to it, so a client that fetches state after connecting
 * cannot miss a delivery committed after its fetch.
 */
public final class SessionRegistry {
  private final Map<UUID, Set<Session>> byTeam = new HashMap<>();
  private final Map<UUID, Set<Session>> byUser = new HashMap<>();

  void add(Session session) {
    byTeam.computeIfAbsent(session.identity().team(), k -> new LinkedHashSet<>()).add(session);
    byUser.computeIfAbsent(session.identity().user(), k -> new LinkedHashSet<>()).add(session);
  }

  void remove(Session session) {
    removeFrom(byTeam, session.identity().team(), session);
    removeFrom(byUser, session.identity().user(), session);
  }

  /** Every session in the team. */
  public List<Session> ofTeam(UUID team) {
    return copy(byTeam.get(team));
  }

  /** Every session of the user, in all teams. */
  public List<Session> ofUser(UUID user) {
    return copy(byUser.get(user));
  }

  /** The user's sessions in one team. */
  public List<Session> ofUser(UUID user, UUID team) {
    List<Session> sessions = new ArrayList<>();
    for (Session session : byUser.getOrDefault(user, Set.of())) {
      if (session.identity().team().equals(team)) {
        sessions.add(session);
      }
    }
    return sessions;
  }

  /** Every open session. */
  public List<Session> all() {
    List<Session> sessions = new ArrayList<>();
    byUser.values().forEach(sessions::addAll);
    return sessions;
  }

  public int size() {
    int size = 0;
    for (Set<Session> sessions : byUser.values()) {
      size += sessions.size();
    }
    return size;
  }

  private static void removeFrom(Map<UUID, Set<Session>> index, UUID key, Session session) {
    Set<Session> sessions = index.get(key);
    if (sessions != null && sessions.remove(session) && sessions.isEmpty()) {
      index.remove(key);
    }
  }

  private static List<Session> copy(Collection<Session> sessions) {
    return sessions == null ? List.of() : new ArrayList<>(sessions);
  }
}

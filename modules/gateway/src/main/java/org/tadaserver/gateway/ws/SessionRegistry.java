package org.tadaserver.gateway.ws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The open sessions of this gateway instance, by team and by user. Owned by the instance's event loop: every change
 * and lookup happens there (socket handlers and the deliveries consumer run on it), so plain maps suffice. A session
 * is added right after its upgrade, before any event is sent to it, so a client that fetches state after connecting
 * cannot miss a delivery committed after its fetch. The two counts ({@link #openCount}, {@link #teamCount}) are also
 * read by the metrics scrape, from any thread.
 */
public final class SessionRegistry {
  private final Map<UUID, Set<Session>> byTeam = new HashMap<>();
  private final Map<UUID, Set<Session>> byUser = new HashMap<>();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger teams = new AtomicInteger();

  void add(Session session) {
    if (byTeam.computeIfAbsent(session.identity().team(), k -> new LinkedHashSet<>()).add(session)) {
      open.incrementAndGet();
    }
    byUser.computeIfAbsent(session.identity().user(), k -> new LinkedHashSet<>()).add(session);
    teams.set(byTeam.size());
  }

  void remove(Session session) {
    if (removeFrom(byTeam, session.identity().team(), session)) {
      open.decrementAndGet();
    }
    removeFrom(byUser, session.identity().user(), session);
    teams.set(byTeam.size());
  }

  /** Open sessions; safe from any thread. */
  public int openCount() {
    return open.get();
  }

  /** Teams with at least one open session; safe from any thread. */
  public int teamCount() {
    return teams.get();
  }

  /** Whether any session of the team is open here. */
  boolean hasTeam(UUID team) {
    return byTeam.containsKey(team);
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

  /** Whether the session was in the index. */
  private static boolean removeFrom(Map<UUID, Set<Session>> index, UUID key, Session session) {
    Set<Session> sessions = index.get(key);
    if (sessions == null || !sessions.remove(session)) {
      return false;
    }
    if (sessions.isEmpty()) {
      index.remove(key);
    }
    return true;
  }

  private static List<Session> copy(Collection<Session> sessions) {
    return sessions == null ? List.of() : new ArrayList<>(sessions);
  }
}

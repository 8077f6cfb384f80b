package org.tadaserver.presence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.tadaserver.protocol.enums.TeamStatus;

/**
 * The WebSocket sessions of this node, as the gateway reported them, and the away state of each: a session is away
 * when its client said so ({@code client.activity {afk: true}}) or when it has been idle for afk_age. Owned by the
 * presence verticle's event loop.
 *
 * <p>Every mutation returns the teams whose contribution from this node may have changed, so only those are
 * re-announced and re-sent. A session of a contact changes only that contact's merged state, which
 * {@link #contactState} computes from the contact's own sessions: a connect in a team of 19,000 sessions must not
 * walk all of them.
 */
final class LocalSessions {
  private final long afkAgeMs;
  private final Map<String, Local> byId = new HashMap<>();
  private final Map<UUID, Map<String, Local>> byTeam = new HashMap<>();
  /** Sessions by team, then contact: what {@link #contactState} merges. */
  private final Map<UUID, Map<String, List<Local>>> byContact = new HashMap<>();

  LocalSessions(int afkAgeSeconds) {
    this.afkAgeMs = afkAgeSeconds * 1000L;
  }

  /** One session; mutable, owned by the event loop. */
  private static final class Local {
    final String id;
    final UUID team;
    final UUID user;
    final String contact;
    final TeamStatus status;
    final boolean mobile;
    boolean saidAfk;
    long lastActivity;
    boolean afk;

    Local(SessionEvent open, long now) {
      this.id = open.session();
      this.team = open.team();
      this.user = open.user();
      this.contact = open.contact();
      this.status = open.status();
      this.mobile = open.mobile();
      this.lastActivity = now;
    }
  }

  /**
   * Applies a gateway event.
   *
   * @return the team it may have changed, or null (an unknown session, a repeat, nothing visible changed)
   */
  UUID apply(SessionEvent event, long now) {
    return switch (event.op()) {
      case OPEN -> open(event, now);
      case CLOSE -> close(event.session());
      case TOUCH -> activity(event.session(), false, now);
      case ACTIVITY -> activity(event.session(), event.afk(), now);
    };
  }

  private UUID open(SessionEvent event, long now) {
    if (event.team() == null || event.user() == null || event.contact() == null || byId.containsKey(event.session())) {
      return null;
    }
    Local session = new Local(event, now);
    byId.put(session.id, session);
    byTeam.computeIfAbsent(session.team, t -> new LinkedHashMap<>()).put(session.id, session);
    byContact.computeIfAbsent(session.team, t -> new HashMap<>())
        .computeIfAbsent(session.contact, c -> new ArrayList<>(2)).add(session);
    return session.team;
  }

  private UUID close(String id) {
    Local session = byId.remove(id);
    if (session == null) {
      return null;
    }
    Map<String, Local> team = byTeam.get(session.team);
    team.remove(id);
    if (team.isEmpty()) {
      byTeam.remove(session.team);
    }
    Map<String, List<Local>> contacts = byContact.get(session.team);
    List<Local> devices = contacts.get(session.contact);
    devices.remove(session);
    if (devices.isEmpty()) {
      contacts.remove(session.contact);
    }
    if (contacts.isEmpty()) {
      byContact.remove(session.team);
    }
    return session.team;
  }

  /** A client event ({@code saidAfk} false) or {@code client.activity}; back from away counts as activity. */
  private UUID activity(String id, boolean saidAfk, long now) {
    Local session = byId.get(id);
    if (session == null) {
      return null;
    }
    if (!saidAfk) {
      session.lastActivity = now;
    }
    session.saidAfk = saidAfk;
    return refresh(session, now) ? session.team : null;
  }

  /** Re-evaluates idleness; returns the teams in which some session became away (or back) since the last check. */
  Set<UUID> checkIdle(long now) {
    Set<UUID> changed = new HashSet<>();
    for (Local session : byId.values()) {
      if (refresh(session, now)) {
        changed.add(session.team);
      }
    }
    return changed;
  }

  private boolean refresh(Local session, long now) {
    boolean afk = session.saidAfk || now - session.lastActivity >= afkAgeMs;
    boolean changed = afk != session.afk;
    session.afk = afk;
    return changed;
  }

  /** This node's contribution to {@code team}: one state per contact, its sessions merged. */
  TeamReport report(UUID team, Function<String, Instant> focus) {
    Map<String, ContactState> contacts = new LinkedHashMap<>();
    for (Local s : byTeam.getOrDefault(team, Map.of()).values()) {
      ContactState state = new ContactState(s.contact, s.user, s.status, s.afk, s.mobile, focus.apply(s.contact),
          s.lastActivity);
      contacts.merge(s.contact, state, ContactState::merge);
    }
    return new TeamReport(team, new ArrayList<>(contacts.values()));
  }

  /**
   * One contact's merged state from its sessions here, exactly as {@link #report} has it; null when the contact has no
   * session in the team here. Costs the contact's own sessions only.
   */
  ContactState contactState(UUID team, String contact, Function<String, Instant> focus) {
    List<Local> devices = byContact.getOrDefault(team, Map.of()).get(contact);
    if (devices == null) {
      return null;
    }
    ContactState merged = null;
    for (Local s : devices) {
      ContactState state = new ContactState(s.contact, s.user, s.status, s.afk, s.mobile, focus.apply(s.contact),
          s.lastActivity);
      merged = merged == null ? state : merged.merge(state);
    }
    return merged;
  }

  /** The team and contact of a known session; null when unknown. */
  Map.Entry<UUID, String> contactOf(String id) {
    Local session = byId.get(id);
    return session == null ? null : Map.entry(session.team, session.contact);
  }

  /** Teams with at least one session here. */
  Set<UUID> teams() {
    return Set.copyOf(byTeam.keySet());
  }

  boolean hasTeam(UUID team) {
    return byTeam.containsKey(team);
  }

  /** Sessions of {@code team} on this node. */
  int sessionsIn(UUID team) {
    return byTeam.getOrDefault(team, Map.of()).size();
  }

  int size() {
    return byId.size();
  }

  /** The session's team and user, for greeting it; null when unknown. */
  List<UUID> teamAndUser(String id) {
    Local session = byId.get(id);
    return session == null ? null : List.of(session.team, session.user);
  }
}

package org.tadaserver.presence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.model.OnlineCall;
import org.tadaserver.protocol.model.OnlineContact;

/**
 * The cluster-wide presence as this node knows it: for each team, what each node's sessions contribute (this node's
 * own included), the team's active calls, and the contacts' focus mode. Every presence node holds the same view,
 * built from the reports all nodes publish, so each can answer its own sessions without asking anyone. Owned by the
 * presence verticle's event loop.
 */
final class ClusterView {
  private final String localNode;
  /** Team, then node, then contact JID: each node's contribution, kept as a map so one contact can change alone. */
  private final Map<UUID, Map<String, Map<String, ContactState>>> teams = new HashMap<>();
  private final Map<UUID, List<OnlineCall>> calls = new HashMap<>();
  private final Map<String, Instant> focus = new HashMap<>();
  private final Set<String> nodes = new HashSet<>();

  ClusterView(String localNode) {
    this.localNode = localNode;
    nodes.add(localNode);
  }

  /** Sets one node's contribution to one team; returns whether the view of the team may have changed. */
  boolean put(String node, TeamReport report) {
    Map<String, Map<String, ContactState>> byNode = teams.computeIfAbsent(report.team(), t -> new HashMap<>());
    Map<String, ContactState> contacts = new HashMap<>();
    for (ContactState c : report.contacts()) {
      contacts.merge(c.jid(), c, ContactState::merge);
      learnFocus(c);
    }
    Map<String, ContactState> before = contacts.isEmpty() ? byNode.remove(node) : byNode.put(node, contacts);
    if (byNode.isEmpty()) {
      teams.remove(report.team());
    }
    return before == null ? !contacts.isEmpty() : !before.equals(contacts);
  }

  /**
   * Sets one contact's state in one node's contribution to a team (null: no session of it there any more), the same
   * as a {@link #put} of that node's whole report with only this contact changed; returns whether it changed.
   */
  boolean putContact(String node, UUID team, String jid, ContactState state) {
    Map<String, Map<String, ContactState>> byNode = teams.computeIfAbsent(team, t -> new HashMap<>());
    Map<String, ContactState> contacts = byNode.computeIfAbsent(node, n -> new HashMap<>());
    ContactState before = state == null ? contacts.remove(jid) : contacts.put(jid, state);
    if (contacts.isEmpty()) {
      byNode.remove(node);
    }
    if (byNode.isEmpty()) {
      teams.remove(team);
    }
    if (state != null) {
      learnFocus(state);
    }
    return before == null ? state != null : !before.equals(state);
  }

  private void learnFocus(ContactState c) {
    if (c.focusUntil() != null && !focus.containsKey(c.jid())) {
      focus.put(c.jid(), c.focusUntil()); // not putIfAbsent: a known "no focus" is a null value
    }
  }

  /** Applies another node's message; returns the teams that may look different now. */
  Set<UUID> apply(ReportBatch batch) {
    if (batch.node().equals(localNode)) {
      return Set.of();
    }
    if (batch.kind() == ReportBatch.Kind.LEAVING) {
      return dropNode(batch.node());
    }
    nodes.add(batch.node());
    Set<UUID> changed = new HashSet<>();
    if (batch.kind() == ReportBatch.Kind.FULL) {
      Set<UUID> named = new HashSet<>();
      batch.teams().forEach(t -> named.add(t.team()));
      for (UUID team : teamsOf(batch.node())) {
        if (!named.contains(team) && put(batch.node(), new TeamReport(team, List.of()))) {
          changed.add(team);
        }
      }
    }
    for (TeamReport report : batch.teams()) {
      if (put(batch.node(), report)) {
        changed.add(report.team());
      }
    }
    return changed;
  }

  /** Forgets a node that left or died; returns the teams it had sessions in. */
  Set<UUID> dropNode(String node) {
    nodes.remove(node);
    Set<UUID> changed = teamsOf(node);
    for (UUID team : changed) {
      put(node, new TeamReport(team, List.of()));
    }
    return changed;
  }

  private Set<UUID> teamsOf(String node) {
    Set<UUID> out = new HashSet<>();
    teams.forEach((team, byNode) -> {
      if (byNode.containsKey(node)) {
        out.add(team);
      }
    });
    return out;
  }

  /** Replaces a team's active calls; returns whether they changed. */
  boolean setCalls(CallsUpdate update) {
    List<OnlineCall> before = update.calls().isEmpty() ? calls.remove(update.team())
        : calls.put(update.team(), update.calls());
    return before == null ? !update.calls().isEmpty() : !before.equals(update.calls());
  }

  /** The merged state of every online contact of the team, by JID. */
  Map<String, ContactState> contacts(UUID team) {
    Map<String, ContactState> merged = new TreeMap<>();
    for (Map<String, ContactState> contacts : teams.getOrDefault(team, Map.of()).values()) {
      for (ContactState c : contacts.values()) {
        merged.merge(c.jid(), c, ContactState::merge);
      }
    }
    return merged;
  }

  /** The team's {@code server.online} contacts as of {@code now} (focus mode ends by itself), sorted by JID. */
  List<OnlineContact> online(UUID team, Instant now) {
    List<OnlineContact> out = new ArrayList<>();
    for (ContactState c : contacts(team).values()) {
      Instant until = focus.get(c.jid());
      out.add(new OnlineContact(Jid.parse(c.jid()), c.afk(), until != null && until.isAfter(now), c.mobile()));
    }
    out.sort(Comparator.comparing(OnlineContact::jid));
    return out;
  }

  List<OnlineCall> calls(UUID team) {
    return calls.getOrDefault(team, List.of());
  }

  /** The focus end this node knows for a contact; null when none is known. */
  Instant focus(String contact) {
    return focus.get(contact);
  }

  boolean knowsFocus(String contact) {
    return focus.containsKey(contact);
  }

  /** Sets a contact's focus end as the directory says it now is; returns whether it changed. */
  boolean setFocus(String contact, Instant until) {
    Instant before = focus.put(contact, until);
    return before == null ? until != null : !before.equals(until);
  }

  /** Forgets the focus of contacts no longer online anywhere (it is fetched again when they come back). */
  void forgetFocus(String contact) {
    focus.remove(contact);
  }

  /** The user behind an online contact of the team, or null. */
  UUID userOf(UUID team, String contact) {
    ContactState state = contacts(team).get(contact);
    return state == null ? null : state.user();
  }

  /** The node that sends last-activity updates: the lowest id among the presence nodes this node knows alive. */
  boolean isLeader() {
    return nodes.stream().min(Comparator.naturalOrder()).orElse(localNode).equals(localNode);
  }

  /** Every team anyone is online in. */
  Set<UUID> teams() {
    return Set.copyOf(teams.keySet());
  }
}

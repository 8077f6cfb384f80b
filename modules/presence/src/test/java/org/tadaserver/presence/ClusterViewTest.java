package org.tadaserver.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.CallType;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.OnlineCall;
import org.tadaserver.protocol.model.OnlineContact;

class ClusterViewTest {
  private static final UUID TEAM = UUID.randomUUID();
  private static final UUID OTHER_TEAM = UUID.randomUUID();
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private final ClusterView view = new ClusterView("b-local");
  private final UUID ann = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private final UUID bob = UUID.fromString("00000000-0000-0000-0000-00000000000b");

  private ContactState state(UUID contact, boolean afk, boolean mobile) {
    return new ContactState(Jid.contact(contact).toString(), contact, TeamStatus.MEMBER, afk, mobile, null, 5);
  }

  private static ReportBatch batch(String node, ReportBatch.Kind kind, TeamReport... teams) {
    return new ReportBatch(node, kind, List.of(teams));
  }

  /** Verifies that nodes' reports merge per contact and render sorted, with afk/mobile only if so everywhere. */
  @Test
  void reportsMerge() {
    assertEquals(Set.of(TEAM), view.apply(batch("c-node", ReportBatch.Kind.DELTA,
        new TeamReport(TEAM, List.of(state(bob, true, true), state(ann, false, false))))));
    view.put("b-local", new TeamReport(TEAM, List.of(state(bob, false, true))));
    assertEquals(List.of(
        new OnlineContact(Jid.contact(ann), false, false, false),
        new OnlineContact(Jid.contact(bob), false, false, true)), view.online(TEAM, NOW));
    assertEquals(Set.of(), view.apply(batch("c-node", ReportBatch.Kind.DELTA,
        new TeamReport(TEAM, List.of(state(bob, true, true), state(ann, false, false))))), "a repeat changes nothing");
    assertEquals(bob, view.userOf(TEAM, Jid.contact(bob).toString()));
    assertNull(view.userOf(OTHER_TEAM, Jid.contact(bob).toString()));
  }

  /** Verifies that a full report removes the sender's teams it does not name, and that its own echo is ignored. */
  @Test
  void fullReportReplaces() {
    view.apply(batch("c-node", ReportBatch.Kind.DELTA, new TeamReport(TEAM, List.of(state(ann, false, false))),
        new TeamReport(OTHER_TEAM, List.of(state(bob, false, false)))));
    assertEquals(Set.of(OTHER_TEAM), view.apply(batch("c-node", ReportBatch.Kind.FULL,
        new TeamReport(TEAM, List.of(state(ann, false, false))))));
    assertTrue(view.online(OTHER_TEAM, NOW).isEmpty());
    assertEquals(Set.of(), view.apply(batch("b-local", ReportBatch.Kind.FULL)), "its own echo");
    assertEquals(Set.of(TEAM), view.teams());
  }

  /** Verifies that a leaving node and a dead node are forgotten, and who leads (the lowest id alive). */
  @Test
  void nodesLeaveAndLead() {
    assertTrue(view.isLeader(), "alone");
    view.apply(batch("a-node", ReportBatch.Kind.HELLO));
    assertFalse(view.isLeader());
    view.apply(batch("a-node", ReportBatch.Kind.DELTA, new TeamReport(TEAM, List.of(state(ann, false, false)))));
    view.apply(batch("c-node", ReportBatch.Kind.DELTA, new TeamReport(TEAM, List.of(state(bob, false, false)))));
    assertEquals(Set.of(TEAM), view.apply(batch("a-node", ReportBatch.Kind.LEAVING)));
    assertTrue(view.isLeader());
    assertEquals(List.of(Jid.contact(bob)), view.online(TEAM, NOW).stream().map(OnlineContact::jid).toList());
    assertEquals(Set.of(TEAM), view.dropNode("c-node"));
    assertTrue(view.online(TEAM, NOW).isEmpty());
    assertEquals(Set.of(), view.dropNode("c-node"));
  }

  /** Verifies focus: from reports only when unknown, set by the directory, ending by itself, forgotten. */
  @Test
  void focus() {
    String jid = Jid.contact(ann).toString();
    Instant until = NOW.plusSeconds(60);
    view.apply(batch("c-node", ReportBatch.Kind.DELTA, new TeamReport(TEAM,
        List.of(new ContactState(jid, ann, TeamStatus.MEMBER, false, false, until, 5)))));
    assertTrue(view.online(TEAM, NOW).get(0).focused());
    assertFalse(view.online(TEAM, until.plusSeconds(1)).get(0).focused(), "focus mode ends by itself");
    assertTrue(view.setFocus(jid, null));
    assertFalse(view.setFocus(jid, null));
    assertTrue(view.knowsFocus(jid));
    view.apply(batch("c-node", ReportBatch.Kind.DELTA, new TeamReport(TEAM,
        List.of(new ContactState(jid, ann, TeamStatus.MEMBER, false, true, until, 6)))));
    assertFalse(view.online(TEAM, NOW).get(0).focused(), "a report does not override what the directory said");
    view.forgetFocus(jid);
    assertFalse(view.knowsFocus(jid));
  }

  /** Verifies that calls replace the team's list and report whether anything changed. */
  @Test
  void calls() {
    OnlineCall call = new OnlineCall(Jid.group(UUID.randomUUID()), "uid", NOW, 2, CallType.AUDIO);
    assertTrue(view.setCalls(new CallsUpdate(TEAM, List.of(call))));
    assertFalse(view.setCalls(new CallsUpdate(TEAM, List.of(call))));
    assertEquals(List.of(call), view.calls(TEAM));
    assertTrue(view.setCalls(new CallsUpdate(TEAM, null)));
    assertFalse(view.setCalls(new CallsUpdate(TEAM, List.of())));
    assertTrue(view.calls(TEAM).isEmpty());
  }

  /** Verifies that one contact changed alone gives the same view as its node's whole report, and says when it changed. */
  @Test
  void putContactMatchesWholeReport() {
    ClusterView whole = new ClusterView("b-local");
    whole.put("b-local", new TeamReport(TEAM, List.of(state(ann, false, false), state(bob, true, true))));
    assertTrue(view.putContact("b-local", TEAM, state(ann, false, false).jid(), state(ann, false, false)));
    assertTrue(view.putContact("b-local", TEAM, state(bob, true, true).jid(), state(bob, true, true)));
    assertEquals(whole.contacts(TEAM), view.contacts(TEAM));
    assertEquals(whole.online(TEAM, NOW), view.online(TEAM, NOW));
    assertFalse(view.putContact("b-local", TEAM, state(bob, true, true).jid(), state(bob, true, true)), "no change");
    assertTrue(view.putContact("b-local", TEAM, state(bob, false, true).jid(), state(bob, false, true)));
    assertFalse(view.contacts(TEAM).get(state(bob, false, true).jid()).afk());
    assertTrue(view.putContact("b-local", TEAM, state(bob, false, true).jid(), null), "bob left");
    assertFalse(view.putContact("b-local", TEAM, state(bob, false, true).jid(), null), "already gone");
    assertEquals(Set.of(state(ann, false, false).jid()), view.contacts(TEAM).keySet());
    assertTrue(view.putContact("b-local", TEAM, state(ann, false, false).jid(), null));
    assertEquals(Set.of(), view.teams(), "a team with nobody left is dropped");
  }

  /** Verifies that a contact changed locally still merges with the same contact reported by another node. */
  @Test
  void putContactMergesWithOtherNodes() {
    view.apply(batch("c-node", ReportBatch.Kind.DELTA, new TeamReport(TEAM, List.of(state(ann, true, true)))));
    view.putContact("b-local", TEAM, state(ann, false, true).jid(), state(ann, false, true));
    assertFalse(view.contacts(TEAM).get(state(ann, false, true).jid()).afk(), "away only if away everywhere");
    view.putContact("b-local", TEAM, state(ann, false, true).jid(), null);
    assertTrue(view.contacts(TEAM).get(state(ann, false, true).jid()).afk(), "the other node's state remains");
  }
}

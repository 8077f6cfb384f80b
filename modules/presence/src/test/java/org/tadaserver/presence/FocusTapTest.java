package org.tadaserver.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.Delivery;
import org.tadaserver.protocol.enums.TeamStatus;

class FocusTapTest {
  private static final UUID TEAM = UUID.randomUUID();
  private final UUID ann = UUID.randomUUID();
  private final String jid = "d-" + UUID.randomUUID();
  private final ClusterView view = new ClusterView("local");
  private final List<String> changed = new ArrayList<>();
  private final FocusTap tap = new FocusTap(view, (team, contact) -> changed.add(team + "/" + contact));

  private static List<Delivery> batch(List<UUID> users, String contact) {
    return List.of(new Delivery(TEAM, users,
        "{\"event\":\"server.contact.updated\",\"params\":{\"contacts\":[" + contact + "]}}"));
  }

  /** Verifies that only the contact's own view (addressed to that user alone) sets or clears its focus. */
  @Test
  void ownViewSetsFocus() {
    view.put("local", new TeamReport(TEAM, List.of(new ContactState(jid, ann, TeamStatus.MEMBER, false, false, null,
        0))));
    tap.onBatch(batch(List.of(UUID.randomUUID()), "{\"jid\":\"" + jid + "\",\"focus_until\":\"2030-01-01T00:00:00Z\"}"));
    assertTrue(changed.isEmpty(), "someone else's view");
    tap.onBatch(batch(List.of(ann), "{\"jid\":\"" + jid + "\",\"focus_until\":\"2030-01-01T00:00:00.000000Z\"}"));
    assertEquals(Instant.parse("2030-01-01T00:00:00Z"), view.focus(jid));
    assertEquals(List.of(TEAM + "/" + jid), changed);
    tap.onBatch(batch(List.of(ann), "{\"jid\":\"" + jid + "\",\"mood\":\"x\"}"));
    assertNull(view.focus(jid), "no focus_until in the own view = focus mode off");
    assertEquals(2, changed.size());
  }

  /** Verifies that other events, unknown contacts and garbage are ignored without failing. */
  @Test
  void ignoresTheRest() {
    tap.onBatch(List.of(Delivery.toTeam(TEAM, "{\"event\":\"server.chat.composing\"}")));
    tap.onBatch(batch(List.of(ann), "{\"jid\":\"d-unknown\",\"focus_until\":\"2030-01-01T00:00:00Z\"}"));
    tap.onBatch(List.of(Delivery.toUser(TEAM, ann, "server.contact.updated but not JSON")));
    tap.onBatch(batch(List.of(ann), "{\"jid\":\"" + jid + "\",\"focus_until\":\"soon\"}"));
    assertTrue(changed.isEmpty());
  }
}

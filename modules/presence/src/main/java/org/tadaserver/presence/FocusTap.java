package org.tadaserver.presence;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.tadaserver.bus.Delivery;
import org.tadaserver.protocol.IsoTime;
import org.tadaserver.protocol.Wire;

/**
 * Learns focus-mode changes ({@code focus_until}) from the directory's own {@code server.contact.updated} deliveries:
 * the member's own view of their contact carries their settings, and it is addressed to that member alone. Every
 * delivery reaches every node, so each presence node sees every change without asking the directory.
 */
final class FocusTap {
  private static final String EVENT = "server.contact.updated";
  private final ClusterView view;
  private final BiConsumer<UUID, String> changed;

  /** {@code changed} gets (team, contact) for each focus that changed. */
  FocusTap(ClusterView view, BiConsumer<UUID, String> changed) {
    this.view = view;
    this.changed = changed;
  }

  /** Parses only the events that can be a contact update (a substring test first: nearly every event is not). */
  void onBatch(List<Delivery> batch) {
    for (Delivery delivery : batch) {
      if (delivery.team() != null && delivery.event().contains(EVENT)) {
        try {
          onEvent(delivery.team(), delivery.users(), Wire.mapper().readTree(delivery.event()));
        } catch (IOException | RuntimeException e) {
          // not ours to judge; the gateway writes events as they are
        }
      }
    }
  }

  private void onEvent(UUID team, List<UUID> users, JsonNode event) {
    if (!EVENT.equals(event.path("event").asText())) {
      return;
    }
    for (JsonNode contact : event.path("params").path("contacts")) {
      String jid = contact.path("jid").asText();
      UUID owner = view.userOf(team, jid);
      if (owner == null || !users.contains(owner)) {
        continue; // someone else's view of the contact: it has no settings
      }
      JsonNode until = contact.get("focus_until");
      Instant focus = until == null || until.isNull() || until.asText().isEmpty() ? null : IsoTime.parse(until.asText());
      if (view.setFocus(jid, focus)) {
        changed.accept(team, jid);
      }
    }
  }
}

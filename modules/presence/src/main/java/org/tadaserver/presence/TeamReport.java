package org.tadaserver.presence;

import java.util.List;
import java.util.UUID;

/** Everything one node's sessions contribute to one team: its online contacts; empty = none any more. */
public record TeamReport(UUID team, List<ContactState> contacts) {
  public TeamReport {
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
  }
}

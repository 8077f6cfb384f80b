package org.tadaserver.chats.groups;

import java.util.UUID;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.store.team.ContactRow;

/** Whom a Chat is rendered for: a contact and its team status (the per-viewer rights depend on both). */
record Viewer(UUID contact, TeamStatus status) {
  static Viewer of(Membership m) {
    return new Viewer(m.contact(), m.status());
  }

  static Viewer of(ContactRow c) {
    return new Viewer(c.uid(), TeamStatus.fromWire(c.status()));
  }
}

package org.tadaserver.directory.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.ContactFilter;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.TeamStatus;

/**
 * The protocol's contact filter as a store filter. An unknown status or a JID that is not a contact JID is
 * {@code INVALID_DATA} (naming the query key), not an empty result, so a client's typo is visible.
 */
final class ContactFilters {
  private ContactFilters() {}

  static org.tadaserver.store.team.ContactFilter toStore(ContactFilter f, UUID me) {
    ContactFilter filter = f == null ? ContactFilter.ALL : f;
    if (filter.limit() < 0 || filter.offset() < 0) {
      throw ServiceException.invalid(filter.limit() < 0 ? "limit" : "offset", "must not be negative");
    }
    List<String> statuses = new ArrayList<>();
    for (String s : filter.statuses()) {
      statuses.add(status(s).wire());
    }
    List<UUID> uids = new ArrayList<>();
    for (String jid : filter.jids()) {
      Jid parsed = Jid.isValid(jid == null ? null : jid.strip()) ? Jid.parse(jid.strip()) : null;
      if (parsed == null || !parsed.isContact()) {
        throw ServiceException.invalid("id", "not a contact JID: " + jid);
      }
      uids.add(parsed.uuid());
    }
    String name = filter.displayName() == null || filter.displayName().isBlank() ? null : filter.displayName().strip();
    return new org.tadaserver.store.team.ContactFilter(statuses, uids, name,
        Boolean.TRUE.equals(filter.archived()), filter.bots(), filter.withoutMe() ? me : null, null,
        filter.limit(), filter.offset());
  }

  private static TeamStatus status(String text) {
    TeamStatus status;
    try {
      status = text == null ? null : TeamStatus.fromWire(text.strip());
    } catch (IllegalArgumentException e) {
      status = null;
    }
    if (status == null) {
      throw ServiceException.invalid("status", "unknown status: " + text);
    }
    return status;
  }
}

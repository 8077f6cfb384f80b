package org.tadaserver.gateway.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tadaserver.directory.ContactFilter;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.TeamStatus;

/**
 * The {@code ContactFilter} query of {@code GET /api/v4/teams/{team}/contacts}: {@code status} (comma list of team
 * statuses), {@code id} (comma list of contact JIDs), {@code display_name}, {@code is_archived}, {@code is_bot},
 * {@code without_me}, {@code limit}, {@code offset}. An unknown status or a malformed JID is {@code 422 INVALID_DATA}
 * rather than a filter that silently matches nothing.
 */
final class ContactQuery {
  private ContactQuery() {}

  /** @throws org.tadaserver.bus.ServiceException {@code INVALID_DATA} naming every bad parameter */
  static ContactFilter filter(Queries query) {
    List<String> statuses = statuses(query);
    List<String> jids = jids(query);
    String displayName = query.text("display_name");
    Boolean archived = query.flag("is_archived");
    Boolean bots = query.flag("is_bot");
    Boolean withoutMe = query.flag("without_me");
    int limit = query.count("limit");
    int offset = query.count("offset");
    query.check();
    return new ContactFilter(statuses, jids, displayName, archived, bots, Boolean.TRUE.equals(withoutMe), limit, offset);
  }

  private static List<String> statuses(Queries query) {
    List<String> statuses = new ArrayList<>();
    for (String item : query.list("status")) {
      try {
        statuses.add(TeamStatus.fromWire(item.toLowerCase(Locale.ROOT)).wire());
      } catch (IllegalArgumentException e) {
        query.problem("status", "unknown status: " + item);
      }
    }
    return statuses;
  }

  private static List<String> jids(Queries query) {
    List<String> jids = new ArrayList<>();
    for (String item : query.list("id")) {
      try {
        Jid jid = Jid.parse(item.toLowerCase(Locale.ROOT));
        if (!jid.isContact()) {
          throw new IllegalArgumentException("not a contact JID");
        }
        jids.add(jid.toString());
      } catch (IllegalArgumentException e) {
        query.problem("id", "not a contact JID: " + item);
      }
    }
    return jids;
  }
}

package org.tadaserver.gateway.rest;

import java.time.Instant;
import java.util.List;
import org.tadaserver.chats.MessageFilter;
import org.tadaserver.protocol.IsoTime;

/**
 * The {@code MessageFilter} query of the history endpoints (reference §2.3): {@code limit}; the cursors
 * {@code old_from}/{@code new_from} (exclusive), {@code old_from_inc}/{@code new_from_inc} (the same, inclusive),
 * {@code around} and {@code exact} (message ids, checked by the chat service); {@code gentime_from}; {@code text};
 * {@code important}; {@code sender} (contact JIDs); {@code date_from}/{@code date_to} (RFC 3339);
 * {@code include_deleted}. Paging is by cursor: an {@code offset} other than 0 is refused, since ignoring it would
 * hand an offset-paging client the same page forever. The keys that filter by uploads or media type never match
 * anything here (there are no uploads) and are ignored, as are {@code lang} and {@code timezone}.
 */
final class MessageQuery {
  private MessageQuery() {}

  /** @throws org.tadaserver.bus.ServiceException {@code INVALID_DATA} naming every bad parameter */
  static MessageFilter filter(Queries query) {
    int limit = query.count("limit");
    if (query.count("offset") > 0) {
      query.problem("offset", "not supported: page with old_from (older) or new_from (newer)");
    }
    String oldFromInc = query.text("old_from_inc");
    String newFromInc = query.text("new_from_inc");
    String oldFrom = oldFromInc != null ? oldFromInc : query.text("old_from");
    String newFrom = newFromInc != null ? newFromInc : query.text("new_from");
    long gentimeFrom = ChatQuery.version(query, "gentime_from");
    boolean important = Boolean.TRUE.equals(query.flag("important"));
    boolean includeDeleted = Boolean.TRUE.equals(query.flag("include_deleted"));
    List<String> senders = query.list("sender");
    Instant dateFrom = time(query, "date_from");
    Instant dateTo = time(query, "date_to");
    query.check();
    return new MessageFilter(limit, oldFrom, oldFromInc != null, newFrom, newFromInc != null, query.text("around"),
        query.text("exact"), gentimeFrom, query.text("text"), important, senders, dateFrom, dateTo, includeDeleted);
  }

  private static Instant time(Queries query, String name) {
    String value = query.text(name);
    if (value == null) {
      return null;
    }
    try {
      return IsoTime.parse(value);
    } catch (IllegalArgumentException e) {
      query.problem(name, "must be an RFC 3339 time, e.g. 2019-09-18T00:00:07.435409Z");
      return null;
    }
  }
}

package org.tadaserver.chats;

import java.time.Instant;
import java.util.List;

/**
 * The MessageFilter query of the history endpoints (protocol-reference §2.3). Results are newest first. Cursors are
 * message ids; at most one of them is set. Null and zero mean "not set".
 *
 * @param limit page size; 0 = the default of 200, capped by {@code limits.max_message_search_limit}
 * @param oldFrom messages older than this one (exclusive); {@code oldFromInclusive} includes it
 * @param newFrom messages newer than this one (exclusive); {@code newFromInclusive} includes it
 * @param around messages around this one (half the limit each side, and it)
 * @param exact only this message
 * @param gentimeFrom messages changed after this version, deleted ones included
 * @param text case-insensitive substring of the text
 * @param important true = only important messages
 * @param senders contact JIDs of the senders to keep
 * @param dateFrom created at or after; {@code dateTo} created before
 * @param includeDeleted include archived messages
 */
public record MessageFilter(
    int limit, String oldFrom, boolean oldFromInclusive, String newFrom, boolean newFromInclusive, String around,
    String exact, long gentimeFrom, String text, boolean important, List<String> senders, Instant dateFrom,
    Instant dateTo, boolean includeDeleted) {
  public static final int DEFAULT_LIMIT = 200;
  public static final MessageFilter NEWEST = new MessageFilter(
      0, null, false, null, false, null, null, 0, null, false, List.of(), null, null, false);

  public MessageFilter {
    senders = senders == null ? List.of() : List.copyOf(senders);
  }
}

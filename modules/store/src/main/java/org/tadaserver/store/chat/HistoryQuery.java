package org.tadaserver.store.chat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One page of a chat's history, with every cursor already resolved to an order number.
 *
 * @param direction which messages relative to {@code cursorSeq}
 * @param cursorSeq order number of the cursor message (unused for {@link Direction#NEWEST})
 * @param inclusive whether the cursor message itself belongs to the page ({@link Direction#OLDER}/{@code NEWER})
 * @param gentimeFrom when positive: only messages changed after this version (deleted ones included), oldest change
 *     first, so a client that pages by the highest gentime it got misses nothing
 * @param text case-insensitive substring of {@code content.text}, or null
 * @param senders keep only these senders; empty = all
 * @param dateFrom created at or after, or null; {@code dateTo}: created before, or null
 * @param includeDeleted include archived messages (always so with {@code gentimeFrom} and {@link Direction#EXACT})
 */
public record HistoryQuery(
    UUID chat, int limit, Direction direction, long cursorSeq, boolean inclusive, long gentimeFrom, String text,
    boolean importantOnly, List<UUID> senders, Instant dateFrom, Instant dateTo, boolean includeDeleted) {
  public HistoryQuery {
    senders = senders == null ? List.of() : List.copyOf(senders);
  }

  public enum Direction {
    /** the newest messages */
    NEWEST,
    /** messages before the cursor, nearest first */
    OLDER,
    /** messages after the cursor, nearest first */
    NEWER,
    /** half the limit before the cursor, the cursor, half after */
    AROUND,
    /** the cursor message only */
    EXACT
  }
}

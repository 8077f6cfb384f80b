package org.tadaserver.store.chat;

import java.util.List;
import java.util.UUID;

/**
 * The live messages of a stretch of a chat, for numbering a page: {@code span} is every live message from the one just
 * before the stretch (when there is one) to its end, in order.
 *
 * @param base number of live messages before {@code span.get(0)}
 * @param lastLiveSeq order number of the chat's newest live message (0 when none)
 */
public record Positions(long base, List<Live> span, long lastLiveSeq) {
  public Positions {
    span = List.copyOf(span);
  }

  /** A live message: its id and order number. */
  public record Live(UUID uid, long seq) {}
}

package org.tadaserver.presence;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Paces the change-driven {@code server.online} broadcasts of each team by what one costs. A broadcast writes the
 * team's whole online list to every session of the team here (the protocol has no delta form), so its cost is
 * sessions x list entries: nothing in a team of twenty, but one team of 19,000 sessions and 1,900 online contacts
 * writes 36 million entries per broadcast, and a storm of connects (one change each) used to send one per coalescing
 * window and stall the node. The gap between two broadcasts of a team therefore grows with that product, from
 * {@code minGapMs} (small teams: unchanged behaviour) up to {@code maxGapMs}, below the periodic interval, so every
 * session still hears the list at least that often. A session that connects gets its own copy at once regardless.
 */
final class BroadcastPacer {
  /** List entries written per broadcast that one {@code minGapMs} of gap pays for (~100,000 entries/s per team). */
  static final long ENTRIES_PER_MIN_GAP = 10_000;
  private final long minGapMs;
  private final long maxGapMs;
  private final Map<UUID, Long> lastSent = new HashMap<>();

  BroadcastPacer(long minGapMs, long maxGapMs) {
    if (minGapMs < 1 || maxGapMs < minGapMs) {
      throw new IllegalArgumentException("need 1 <= minGapMs <= maxGapMs");
    }
    this.minGapMs = minGapMs;
    this.maxGapMs = maxGapMs;
  }

  /** The gap a team with {@code sessions} local sessions and {@code listSize} online contacts keeps. */
  long gapMs(int sessions, int listSize) {
    long entries = (long) Math.max(1, sessions) * Math.max(1, listSize);
    long gap = minGapMs * ((entries + ENTRIES_PER_MIN_GAP - 1) / ENTRIES_PER_MIN_GAP);
    return Math.max(minGapMs, Math.min(maxGapMs, gap));
  }

  /** Whether a team with this gap is paced at all (small teams keep the plain coalescing window). */
  boolean paced(long gapMs) {
    return gapMs > minGapMs;
  }

  /** When the team's next broadcast may go out: {@code now} if it may go now. */
  long nextAllowed(UUID team, int sessions, int listSize, long now) {
    Long last = lastSent.get(team);
    return last == null ? now : Math.max(now, last + gapMs(sessions, listSize));
  }

  /** Records a broadcast (change-driven or periodic) to the team. */
  void sent(UUID team, long now) {
    lastSent.put(team, now);
  }

  /** The team has no sessions here any more. */
  void forget(UUID team) {
    lastSent.remove(team);
  }
}

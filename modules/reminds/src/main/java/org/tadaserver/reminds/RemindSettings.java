package org.tadaserver.reminds;

/**
 * Timing of the remind scheduler.
 *
 * @param pollMs the longest a scheduler sleeps between two looks at the table; bounds how late a remind fires when
 *     another node created it due sooner than this node's next planned look
 * @param leaseMs how long a claim protects a remind from the other schedulers; a remind whose scheduler died after
 *     claiming it fires this much late, once, from another node
 * @param batch the most reminds claimed in one statement; a full batch is followed at once by another claim
 * @param dedupeMs how long a node remembers the reminds it has delivered, to drop a second firing of one (which can
 *     only come after a lease ran out, so a few leases are enough)
 */
public record RemindSettings(long pollMs, long leaseMs, int batch, long dedupeMs) {
  public static final RemindSettings DEFAULTS = new RemindSettings(200, 2_000, 500, 600_000);

  public RemindSettings {
    if (pollMs < 1 || leaseMs < 1 || batch < 1 || dedupeMs < leaseMs) {
      throw new IllegalArgumentException("remind settings out of range: " + pollMs + ", " + leaseMs + ", " + batch
          + ", " + dedupeMs);
    }
  }
}

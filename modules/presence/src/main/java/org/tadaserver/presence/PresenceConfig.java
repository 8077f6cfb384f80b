package org.tadaserver.presence;

/**
 * Timing of presence ({@code presence.*} in conf/application.yaml).
 *
 * @param onlineIntervalMs every session gets the full {@code server.online} of its team at least this often; tdcheck
 *     fails a server that is silent for 10 s, so the default is 5 s (protocol reference §1.7)
 * @param coalesceMs changes within this window go out as one {@code server.online} per team (and one report to the
 *     other nodes)
 * @param resyncIntervalMs each node republishes its whole state this often, repairing reports the event bus lost
 * @param afkAgeSeconds a session idle this long counts as away ({@code features.afk_age})
 */
public record PresenceConfig(long onlineIntervalMs, long coalesceMs, long resyncIntervalMs, int afkAgeSeconds) {
  public PresenceConfig {
    if (onlineIntervalMs < 100 || coalesceMs < 1 || resyncIntervalMs < 100 || afkAgeSeconds < 1) {
      throw new IllegalArgumentException("presence intervals must be positive (online >= 100 ms, resync >= 100 ms, "
          + "coalesce >= 1 ms, afk_age >= 1 s)");
    }
    if (coalesceMs >= onlineIntervalMs) {
      throw new IllegalArgumentException("presence.coalesce_ms must be shorter than presence.online_interval_ms");
    }
  }

  public static PresenceConfig defaults() {
    return new PresenceConfig(5_000, 100, 30_000, 300);
  }

  /** How often local sessions are checked for having gone idle: a tenth of afk_age, between 100 ms and 5 s. */
  long idleCheckMs() {
    return Math.max(100, Math.min(5_000, afkAgeSeconds * 100L));
  }
}

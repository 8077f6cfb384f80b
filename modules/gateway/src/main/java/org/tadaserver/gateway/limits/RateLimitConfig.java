package org.tadaserver.gateway.limits;

/**
 * The {@code rate_limits.*} settings of conf/application.yaml. Every limit is counted by each gateway node on its own.
 *
 * @param enabled false turns every limit off (benchmarks, tests that open thousands of sockets from one address)
 * @param loginPerUser password logins for one username (right or wrong password)
 * @param loginPerAddress password logins from one client address
 * @param wsMessages {@code client.message.updated} events of one WebSocket session
 * @param wsEvents every other client event of one session ({@code client.confirm} is an answer and never counted)
 * @param wsConnectsPerAddress WebSocket handshakes from one client address
 * @param wsSocketsPerAddress WebSocket sessions open at once from one client address; 0 = no limit
 * @param maxTrackedKeys users or addresses whose buckets one limiter keeps; past it the least recently used are dropped
 */
public record RateLimitConfig(
    boolean enabled, Rate loginPerUser, Rate loginPerAddress, Rate wsMessages, Rate wsEvents, Rate wsConnectsPerAddress,
    int wsSocketsPerAddress, int maxTrackedKeys) {

  /** No limits at all. */
  public static final RateLimitConfig UNLIMITED = new RateLimitConfig(false, Rate.UNLIMITED, Rate.UNLIMITED,
      Rate.UNLIMITED, Rate.UNLIMITED, Rate.UNLIMITED, 0, 1);

  /** The production defaults, the same as conf/application.yaml. */
  public static final RateLimitConfig DEFAULTS = new RateLimitConfig(true, new Rate(10, 300), new Rate(30, 300),
      new Rate(120, 60), new Rate(600, 60), new Rate(300, 60), 1_000, 100_000);

  public RateLimitConfig {
    if (wsSocketsPerAddress < 0) {
      throw new IllegalArgumentException("rate_limits.ws_sockets_per_address must be 0 (off) or positive: "
          + wsSocketsPerAddress);
    }
    if (maxTrackedKeys < 1) {
      throw new IllegalArgumentException("rate_limits.max_tracked_keys must be positive: " + maxTrackedKeys);
    }
  }

  /** {@code rate} if limits are enabled, else no limit. */
  Rate effective(Rate rate) {
    return enabled ? rate : Rate.UNLIMITED;
  }
}

package org.tadaserver.e2e.limits;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.tadaserver.testkit.TestNode;

/**
 * A node with small rate limits, behind a "proxy": 127.0.0.1 is trusted, so each test names its own client address in
 * {@code X-Forwarded-For} and the tests do not share allowances.
 */
final class LimitedNode {
  static final int LOGINS_PER_USER = 3;
  static final int LOGINS_PER_ADDRESS = 2;
  static final int MESSAGES = 3;
  static final int EVENTS = 5;
  static final int CONNECTS = 4;
  static final int SOCKETS = 2;
  /**
   * Windows long enough that a token does not come back while a test is still spending the allowance (a login costs
   * an Argon2 hash, slow on a busy machine), short enough that waiting for one is bearable: a login token comes back
   * every 20 s per user (30 s per address), an event token every 3.3 s, a handshake token every 5 s.
   */
  static final int LOGIN_WINDOW_S = 60;
  static final int WS_WINDOW_S = 10;
  static final int CONNECT_WINDOW_S = 20;
  static final String ALLOWED_ORIGIN = "https://chat.example.org";
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  private LimitedNode() {}

  static TestNode start() {
    return TestNode.start(Map.ofEntries(
        Map.entry("rate_limits.enabled", true),
        Map.entry("rate_limits.login_per_user", LOGINS_PER_USER),
        Map.entry("rate_limits.login_per_address", LOGINS_PER_ADDRESS),
        Map.entry("rate_limits.login_window_s", LOGIN_WINDOW_S),
        Map.entry("rate_limits.ws_messages", MESSAGES),
        Map.entry("rate_limits.ws_events", EVENTS),
        Map.entry("rate_limits.ws_window_s", WS_WINDOW_S),
        Map.entry("rate_limits.ws_connects_per_address", CONNECTS),
        Map.entry("rate_limits.ws_connect_window_s", CONNECT_WINDOW_S),
        Map.entry("rate_limits.ws_sockets_per_address", SOCKETS),
        Map.entry("gateway.trusted_proxies", "127.0.0.1, ::1"),
        Map.entry("gateway.allowed_origins", ALLOWED_ORIGIN)));
  }

  /** A client address no other test uses (TEST-NET-2). */
  static String freshAddress() {
    int n = ADDRESSES.incrementAndGet();
    return "198.51." + (n / 250) + "." + (n % 250 + 1);
  }
}

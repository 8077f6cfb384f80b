package org.tadaserver.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tadaserver.gateway.GatewayConfig;
import org.tadaserver.gateway.limits.Rate;
import org.tadaserver.gateway.limits.RateLimitConfig;

/** The {@code rate_limits.*}, {@code gateway.trusted_proxies} and {@code gateway.allowed_origins} settings. */
class RateLimitSettingsTest {

  @Test
  void theBundledDefaultsAreTheDocumentedProductionLimits() {
    GatewayConfig gateway = NodeConfig.from(Settings.load(Map.of())).gateway();
    assertEquals(RateLimitConfig.DEFAULTS, gateway.rateLimits());
    assertFalse(gateway.origins().restricted());
  }

  @Test
  void theEnvironmentSetsEveryLimit() {
    RateLimitConfig limits = NodeConfig.from(Settings.load(Map.ofEntries(
        Map.entry("TADA_RATE_LIMITS_LOGIN_PER_USER", "3"),
        Map.entry("TADA_RATE_LIMITS_LOGIN_PER_ADDRESS", "7"),
        Map.entry("TADA_RATE_LIMITS_LOGIN_WINDOW_S", "30"),
        Map.entry("TADA_RATE_LIMITS_WS_MESSAGES", "0"),
        Map.entry("TADA_RATE_LIMITS_WS_EVENTS", "50"),
        Map.entry("TADA_RATE_LIMITS_WS_WINDOW_S", "10"),
        Map.entry("TADA_RATE_LIMITS_WS_CONNECTS_PER_ADDRESS", "20"),
        Map.entry("TADA_RATE_LIMITS_WS_CONNECT_WINDOW_S", "5"),
        Map.entry("TADA_RATE_LIMITS_WS_SOCKETS_PER_ADDRESS", "9"),
        Map.entry("TADA_RATE_LIMITS_MAX_TRACKED_KEYS", "500")))).gateway().rateLimits();
    assertTrue(limits.enabled());
    assertEquals(new Rate(3, 30), limits.loginPerUser());
    assertEquals(new Rate(7, 30), limits.loginPerAddress());
    assertTrue(limits.wsMessages().unlimited());
    assertEquals(new Rate(50, 10), limits.wsEvents());
    assertEquals(new Rate(20, 5), limits.wsConnectsPerAddress());
    assertEquals(9, limits.wsSocketsPerAddress());
    assertEquals(500, limits.maxTrackedKeys());
  }

  @Test
  void enabledFalseTurnsThemOff() {
    assertFalse(NodeConfig.from(Settings.load(Map.of("TADA_RATE_LIMITS_ENABLED", "false"))).gateway().rateLimits()
        .enabled());
  }

  @Test
  void badValuesFailTheStartNamingTheSetting() {
    assertRejected("rate_limits.login_per_user", "-1", "rate_limits.login_per_user");
    assertRejected("rate_limits.login_per_user", "ten", "rate_limits.login_per_user");
    assertRejected("rate_limits.login_window_s", "0", "rate_limits.login_window_s");
    assertRejected("rate_limits.ws_window_s", "100000", "rate_limits.ws_window_s");
    assertRejected("rate_limits.ws_messages", "1.5", "rate_limits.ws_messages");
    assertRejected("rate_limits.ws_sockets_per_address", "-5", "rate_limits.ws_sockets_per_address");
    assertRejected("rate_limits.max_tracked_keys", "0", "rate_limits.max_tracked_keys");
    assertRejected("rate_limits.enabled", "yes", "rate_limits.enabled");
    assertRejected("gateway.trusted_proxies", "nginx.local", "gateway.trusted_proxies");
    assertRejected("gateway.allowed_origins", "chat.example.org", "gateway.allowed_origins");
  }

  @Test
  void anUnknownRateLimitKeyIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Settings.load(Map.of()).with("rate_limits.logins", 5));
  }

  private static void assertRejected(String key, String value, String named) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NodeConfig.from(Settings.load(Map.of()).with(key, value)), key + "=" + value);
    assertTrue(e.getMessage().contains(named), e.getMessage());
  }
}

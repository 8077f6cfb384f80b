package org.tadaserver.app.config;

import org.tadaserver.gateway.limits.Rate;
import org.tadaserver.gateway.limits.RateLimitConfig;

/** Reads {@code rate_limits.*}; a bad value fails the start with the setting's name and environment variable. */
final class RateLimitSettings {
  private RateLimitSettings() {}

  static RateLimitConfig from(Settings s) {
    return new RateLimitConfig(
        s.bool("rate_limits.enabled"),
        rate(s, "rate_limits.login_per_user", "rate_limits.login_window_s"),
        rate(s, "rate_limits.login_per_address", "rate_limits.login_window_s"),
        rate(s, "rate_limits.ws_messages", "rate_limits.ws_window_s"),
        rate(s, "rate_limits.ws_events", "rate_limits.ws_window_s"),
        rate(s, "rate_limits.ws_connects_per_address", "rate_limits.ws_connect_window_s"),
        atLeast("rate_limits.ws_sockets_per_address", s.integer("rate_limits.ws_sockets_per_address"), 0),
        atLeast("rate_limits.max_tracked_keys", s.integer("rate_limits.max_tracked_keys"), 1));
  }

  private static Rate rate(Settings s, String countKey, String windowKey) {
    int count = atLeast(countKey, s.integer(countKey), 0);
    int window = s.integer(windowKey);
    try {
      return new Rate(count, window);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("setting " + windowKey + " (" + Settings.envName(windowKey) + "): "
          + e.getMessage());
    }
  }

  private static int atLeast(String key, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException("setting " + key + " (" + Settings.envName(key) + ") must be at least " + min
          + ": " + value);
    }
    return value;
  }
}

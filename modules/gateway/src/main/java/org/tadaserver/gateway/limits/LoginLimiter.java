package org.tadaserver.gateway.limits;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Password login attempts, counted per username and per client address before the password is checked, so a
 * throttled attempt costs no Argon2 work. Every attempt counts, right or wrong: a guesser cannot tell a throttled
 * attempt from a wrong one without reading the answer, and a user who logs in ten times in a few minutes is rare.
 */
public final class LoginLimiter {
  /** Usernames longer than this share a bucket by their first characters (the login input is bounded anyway). */
  static final int MAX_KEY_LENGTH = 256;
  private final KeyedLimiter perUser;
  private final KeyedLimiter perAddress;

  public LoginLimiter(RateLimitConfig config) {
    this(config, System::nanoTime);
  }

  LoginLimiter(RateLimitConfig config, LongSupplier nanoTime) {
    this.perUser = new KeyedLimiter(config.effective(config.loginPerUser()), config.maxTrackedKeys(), nanoTime);
    this.perAddress = new KeyedLimiter(config.effective(config.loginPerAddress()), config.maxTrackedKeys(), nanoTime);
  }

  /**
   * Counts one attempt. The address is checked first, so a flood from one address does not use up the allowance of
   * the users it names; usernames are compared without case, as logins are.
   */
  public Admission attempt(String username, String address) {
    Admission byAddress = perAddress.take(address);
    if (!byAddress.admitted()) {
      return byAddress;
    }
    return perUser.take(userKey(username));
  }

  long trackedKeys() {
    return perUser.trackedKeys() + perAddress.trackedKeys();
  }

  private static String userKey(String username) {
    String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return key.length() <= MAX_KEY_LENGTH ? key : key.substring(0, MAX_KEY_LENGTH);
  }
}

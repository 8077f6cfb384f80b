package org.tadaserver.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginLimiterTest {
  private final FakeClock clock = new FakeClock();

  private static RateLimitConfig config(int perUser, int perAddress, int window, int maxKeys) {
    return new RateLimitConfig(true, new Rate(perUser, window), new Rate(perAddress, window), Rate.UNLIMITED,
        Rate.UNLIMITED, Rate.UNLIMITED, 0, maxKeys);
  }

  @Test
  void attemptsWithinTheLimitPassAndTheNextIsRefusedWithTheWaitInSeconds() {
    LoginLimiter limiter = new LoginLimiter(config(3, 100, 60, 1000), clock);
    for (int i = 0; i < 3; i++) {
      assertTrue(limiter.attempt("alice", "10.0.0.1").admitted(), "attempt " + i);
    }
    Admission refused = limiter.attempt("alice", "10.0.0.2");
    assertFalse(refused.admitted());
    assertEquals(20, refused.retryAfterSeconds(), "one token comes back every 60/3 s");
  }

  @Test
  void usernamesAreCountedWithoutCaseAndOtherUsersAreUnaffected() {
    LoginLimiter limiter = new LoginLimiter(config(2, 100, 60, 1000), clock);
    assertTrue(limiter.attempt("Alice", "10.0.0.1").admitted());
    assertTrue(limiter.attempt(" alice ", "10.0.0.1").admitted());
    assertFalse(limiter.attempt("ALICE", "10.0.0.1").admitted());
    assertTrue(limiter.attempt("bob", "10.0.0.1").admitted());
  }

  @Test
  void anAddressIsLimitedAcrossUsernamesAndOtherAddressesAreUnaffected() {
    LoginLimiter limiter = new LoginLimiter(config(100, 2, 60, 1000), clock);
    assertTrue(limiter.attempt("u1", "10.0.0.1").admitted());
    assertTrue(limiter.attempt("u2", "10.0.0.1").admitted());
    assertFalse(limiter.attempt("u3", "10.0.0.1").admitted());
    assertTrue(limiter.attempt("u3", "10.0.0.9").admitted());
  }

  @Test
  void aRefusedAttemptIsAdmittedAgainOnceTheWindowHasPassed() {
    LoginLimiter limiter = new LoginLimiter(config(2, 100, 60, 1000), clock);
    limiter.attempt("alice", "a");
    limiter.attempt("alice", "a");
    assertFalse(limiter.attempt("alice", "a").admitted());
    clock.advance(Duration.ofSeconds(29));
    assertFalse(limiter.attempt("alice", "a").admitted(), "half a token back is not enough");
    clock.advance(Duration.ofSeconds(31));
    assertTrue(limiter.attempt("alice", "a").admitted());
    assertTrue(limiter.attempt("alice", "a").admitted());
    assertFalse(limiter.attempt("alice", "a").admitted());
  }

  @Test
  void disabledLimitsAdmitEverything() {
    RateLimitConfig on = config(1, 1, 60, 1000);
    RateLimitConfig off = new RateLimitConfig(false, on.loginPerUser(), on.loginPerAddress(), on.wsMessages(),
        on.wsEvents(), on.wsConnectsPerAddress(), 0, 1000);
    LoginLimiter limiter = new LoginLimiter(off, clock);
    for (int i = 0; i < 100; i++) {
      assertTrue(limiter.attempt("alice", "a").admitted());
    }
    assertEquals(0, limiter.trackedKeys(), "no bucket is even made");
  }

  @Test
  void aFloodOfDistinctKeysKeepsAtMostMaxKeysBucketsAndIdleOnesAreDropped() {
    LoginLimiter limiter = new LoginLimiter(config(5, 5, 60, 100), clock);
    for (int i = 0; i < 20_000; i++) {
      limiter.attempt("user" + i, "10.1." + (i / 256) + "." + (i % 256));
    }
    assertTrue(limiter.trackedKeys() <= 200, "two limiters of 100 keys: " + limiter.trackedKeys());
    clock.advance(Duration.ofSeconds(61));
    assertEquals(0, limiter.trackedKeys(), "a bucket idle for a window is full again, so it is dropped");
  }

  @Test
  void anOverlongUsernameSharesTheBucketOfItsPrefix() {
    LoginLimiter limiter = new LoginLimiter(config(1, 100, 60, 1000), clock);
    String prefix = "x".repeat(LoginLimiter.MAX_KEY_LENGTH);
    assertTrue(limiter.attempt(prefix + "a", "a").admitted());
    assertFalse(limiter.attempt(prefix + "b", "a").admitted());
  }
}

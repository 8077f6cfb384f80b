package org.tadaserver.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionLimiterTest {
  private final FakeClock clock = new FakeClock();

  @Test
  void messagesAndOtherEventsHaveSeparateAllowances() {
    SessionLimiter limiter = new SessionLimiter(new Rate(2, 10), new Rate(3, 10), clock);
    assertTrue(limiter.admit("client.message.updated").admitted());
    assertTrue(limiter.admit("client.message.updated").admitted());
    Admission refused = limiter.admit("client.message.updated");
    assertFalse(refused.admitted());
    assertEquals(5, refused.retryAfterSeconds());
    assertTrue(limiter.admit("client.ping").admitted(), "other events are still allowed");
    assertTrue(limiter.admit("client.chat.lastread").admitted());
    assertTrue(limiter.admit("garbage that did not parse").admitted());
    assertFalse(limiter.admit("client.ping").admitted());
  }

  @Test
  void confirmsAreNeverCounted() {
    SessionLimiter limiter = new SessionLimiter(new Rate(1, 10), new Rate(1, 10), clock);
    for (int i = 0; i < 1_000; i++) {
      assertTrue(limiter.admit("client.confirm").admitted());
    }
    assertTrue(limiter.admit("client.ping").admitted());
  }

  @Test
  void theAllowanceComesBackOverTheWindow() {
    SessionLimiter limiter = new SessionLimiter(new Rate(2, 10), Rate.UNLIMITED, clock);
    limiter.admit("client.message.updated");
    limiter.admit("client.message.updated");
    assertFalse(limiter.admit("client.message.updated").admitted());
    clock.advance(Duration.ofSeconds(5));
    assertTrue(limiter.admit("client.message.updated").admitted());
    assertFalse(limiter.admit("client.message.updated").admitted());
  }

  @Test
  void unlimitedRatesAdmitEverything() {
    SessionLimiter limiter = SessionLimiter.of(RateLimitConfig.UNLIMITED);
    for (int i = 0; i < 10_000; i++) {
      assertTrue(limiter.admit(i % 2 == 0 ? "client.message.updated" : "client.ping").admitted());
    }
  }

  @Test
  void theWarningNamesTheReasonAndTheWait() {
    assertEquals("rate limit exceeded: resend in 7 s", SessionLimiter.warning(new Admission(false, 7)));
  }
}

package org.tadaserver.gateway.ws;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PresenceHooksTest {

  /** Verifies which User-Agents count as mobile clients (server.online's mobile flag). */
  @Test
  void mobileFromUserAgent() {
    assertTrue(PresenceHooks.isMobile("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Mobile Safari"));
    assertTrue(PresenceHooks.isMobile("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)"));
    assertTrue(PresenceHooks.isMobile("TadaTeam/3.2 iOS"));
    assertTrue(PresenceHooks.isMobile("Mozilla/5.0 (iPad; CPU OS 16_0 like Mac OS X)"));
    assertFalse(PresenceHooks.isMobile("Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0"));
    assertFalse(PresenceHooks.isMobile("Go-http-client/1.1"));
    assertFalse(PresenceHooks.isMobile(""));
    assertFalse(PresenceHooks.isMobile(null));
  }
}

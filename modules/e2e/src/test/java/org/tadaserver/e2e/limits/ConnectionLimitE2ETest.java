package org.tadaserver.e2e.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.testkit.TestNode;

/**
 * WebSocket connections per client address (handshakes per window, sockets open at once) and the Origin allow-list,
 * all refused before the upgrade with the REST error envelope.
 */
class ConnectionLimitE2ETest {
  static TestNode node;
  static UUID team;
  static String token;

  @BeforeAll
  static void start() {
    node = LimitedNode.start();
    team = node.admin().createTeam();
    token = node.admin().newUser(team, false).token();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  static RawHandshake connect(String address, String... extra) throws IOException {
    String[] headers = new String[extra.length + 2];
    headers[0] = "X-Forwarded-For";
    headers[1] = address;
    System.arraycopy(extra, 0, headers, 2, extra.length);
    return RawHandshake.open(node.port(), team, token, headers);
  }

  static long assertRateLimited(RawHandshake refused) {
    assertEquals(429, refused.status());
    assertEquals("RATE_LIMIT", refused.json().path("error").asText(), refused.json().toString());
    long wait = Long.parseLong(refused.header("Retry-After"));
    assertTrue(wait >= 1, "Retry-After: " + wait);
    return wait;
  }

  /** Verifies the cap on open sockets per address: the next is refused, another address is not, a close frees one. */
  @Test
  void socketsOpenAtOncePerAddressAreCapped() throws Exception {
    String address = LimitedNode.freshAddress();
    try (RawHandshake first = connect(address); RawHandshake second = connect(address)) {
      assertEquals(101, first.status());
      assertEquals(101, second.status());
      try (RawHandshake third = connect(address)) {
        assertRateLimited(third);
      }
      try (RawHandshake elsewhere = connect(LimitedNode.freshAddress())) {
        assertEquals(101, elsewhere.status());
      }
      first.close();
      long deadline = System.nanoTime() + 30_000_000_000L;
      int status;
      do {
        Thread.sleep(300);
        try (RawHandshake again = connect(address)) {
          status = again.status();
        }
      } while (status != 101 && System.nanoTime() < deadline);
      assertEquals(101, status, "a closed socket gives its slot back");
    }
  }

  /** Verifies the handshakes per window: past it 429 with Retry-After, after it admitted again. */
  @Test
  void handshakesPerWindowAreLimitedAndReset() throws Exception {
    String address = LimitedNode.freshAddress();
    for (int i = 0; i < LimitedNode.CONNECTS; i++) {
      try (RawHandshake ok = connect(address)) {
        assertEquals(101, ok.status(), "handshake " + i);
      }
    }
    long wait;
    try (RawHandshake refused = connect(address)) {
      wait = assertRateLimited(refused);
    }
    try (RawHandshake other = connect(LimitedNode.freshAddress())) {
      assertEquals(101, other.status(), "another address is unaffected");
    }
    Thread.sleep(wait * 1000 + 100);
    try (RawHandshake again = connect(address)) {
      assertEquals(101, again.status());
    }
  }

  /** Verifies that a bad token is refused after the address check, so token guessing uses up the allowance too. */
  @Test
  void failedHandshakesCountAndGiveTheirSlotBack() throws Exception {
    String address = LimitedNode.freshAddress();
    for (int i = 0; i < LimitedNode.CONNECTS; i++) {
      try (RawHandshake bad = RawHandshake.open(node.port(), team, "forged-" + i, "X-Forwarded-For", address)) {
        assertEquals(401, bad.status());
      }
    }
    try (RawHandshake refused = connect(address)) {
      assertRateLimited(refused);
    }
  }

  /** Verifies the Origin allow-list: another origin gets 403 before the upgrade; the listed one and none pass. */
  @Test
  void onlyAllowedOriginsMayOpenASocket() throws Exception {
    try (RawHandshake evil = connect(LimitedNode.freshAddress(), "Origin", "https://evil.example.org")) {
      assertEquals(403, evil.status());
      assertEquals("ACCESS_DENIED", evil.json().path("error").asText());
    }
    try (RawHandshake listed = connect(LimitedNode.freshAddress(), "Origin", LimitedNode.ALLOWED_ORIGIN)) {
      assertEquals(101, listed.status());
    }
    try (RawHandshake nativeClient = connect(LimitedNode.freshAddress())) {
      assertEquals(101, nativeClient.status());
    }
  }

  /**
   * Verifies that WebSocket compression is not negotiated: an inflater without a size cap would let one small frame
   * expand past every message limit before it is checked.
   */
  @Test
  void compressionIsNotNegotiated() throws Exception {
    try (RawHandshake offer = connect(LimitedNode.freshAddress(),
        "Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits")) {
      assertEquals(101, offer.status());
      assertEquals(null, offer.header("Sec-WebSocket-Extensions"));
    }
  }
}

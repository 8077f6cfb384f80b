package org.tadaserver.directory.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {

  /** Verifies that a token is 256 random bits in URL-safe base64 without padding. */
  @Test
  void tokenShape() {
    String token = Tokens.generate();
    assertEquals(43, token.length());
    assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
    assertEquals(32, Base64.getUrlDecoder().decode(token).length);
  }

  /** Verifies that tokens do not repeat. */
  @Test
  void tokensAreUnique() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertTrue(seen.add(Tokens.generate()));
    }
  }

  /** Verifies that the digest is the SHA-256 of the token text and stable. */
  @Test
  void digestIsStableSha256() {
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        HexFormat.of().formatHex(Tokens.digest("abc")));
    String token = Tokens.generate();
    assertArrayEquals(Tokens.digest(token), Tokens.digest(token));
    assertEquals(32, Tokens.digest(token).length);
    assertThrows(IllegalArgumentException.class, () -> Tokens.digest(null));
  }
}

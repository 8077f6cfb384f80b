package org.tadaserver.directory.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Bearer tokens for the REST {@code token} header and the WebSocket handshake.
 *
 * <p>A token is 32 bytes (256 bits) from {@link SecureRandom}, written as URL-safe base64 without padding (43
 * characters), so it fits a header or a URL unchanged. The server keeps only its SHA-256 digest: a leaked database
 * gives no usable token, and because the token is random and long a plain fast digest is enough (no salt or
 * stretching is needed against guessing a 256-bit value). Lookup is by the digest, so comparing never touches the
 * secret itself.
 */
public final class Tokens {
  public static final int TOKEN_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private Tokens() {}

  /** A fresh token, to be shown to its owner once and stored only as {@link #digest}. */
  public static String generate() {
    byte[] bytes = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    return ENCODER.encodeToString(bytes);
  }

  /** The SHA-256 (32 bytes) of the token's text: the only form the database sees. */
  public static byte[] digest(String token) {
    if (token == null) {
      throw new IllegalArgumentException("token is null");
    }
    return sha256().digest(token.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}

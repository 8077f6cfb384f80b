package org.tadaserver.directory.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PasswordsTest {

  /** Verifies that a hash is an Argon2id PHC string with the documented parameters that accepts only its password. */
  @Test
  void hashVerifiesOnlyItsPassword() {
    String stored = Passwords.hash("correct horse");
    assertTrue(stored.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), stored);
    assertFalse(stored.contains("correct horse"));
    assertTrue(Passwords.verify("correct horse", stored));
    assertFalse(Passwords.verify("correct horsE", stored));
    assertFalse(Passwords.verify("", stored));
    assertFalse(Passwords.verify(null, stored));
  }

  /** Verifies that the same password hashes differently each time (random salt). */
  @Test
  void saltIsRandom() {
    assertNotEquals(Passwords.hash("same"), Passwords.hash("same"));
  }

  /** Verifies that garbage in the stored column is a mismatch, not an exception. */
  @Test
  void malformedStoredValueDoesNotMatch() {
    assertFalse(Passwords.verify("x", null));
    assertFalse(Passwords.verify("x", ""));
    assertFalse(Passwords.verify("x", "plaintext"));
    assertFalse(Passwords.verify("x", "$argon2id$v=19$m=broken"));
    assertFalse(Passwords.verifyDecoy("anything"));
    assertThrows(IllegalArgumentException.class, () -> Passwords.hash(null));
  }

  /** Verifies that a non-ASCII password round-trips (passwords are hashed as UTF-8). */
  @Test
  void unicodePassword() {
    String stored = Passwords.hash("пароль-密码-🔑");
    assertTrue(Passwords.verify("пароль-密码-🔑", stored));
    assertFalse(Passwords.verify("пароль-密码-", stored));
  }

  /** Verifies that concurrent hashing on worker threads gives correct, independent hashes (no shared scratch memory). */
  @Test
  void concurrentHashingIsSafe() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        String password = "pw-" + i;
        results.add(pool.submit(() -> Passwords.verify(password, Passwords.hash(password))));
      }
      for (Future<Boolean> r : results) {
        assertTrue(r.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

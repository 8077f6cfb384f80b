package org.tadaserver.directory.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Password hashing with Argon2id, stored in the PHC string form ({@code $argon2id$v=19$m=..,t=..,p=..$salt$hash}), so
 * every stored hash carries its own parameters and old hashes stay verifiable after the parameters below change.
 *
 * <p>Parameters: m = 19 MiB, t = 2, p = 1, 16-byte random salt, 32-byte output. This is the first configuration of
 * the OWASP Password Storage Cheat Sheet (the minimum it recommends for Argon2id). On this 2-core build box
 * password4j's pure-Java Argon2 takes about 60-70 ms per hash once warm ({@code PasswordsTest} prints the figure). That
 * is a little above the 20-50 ms we aimed for. The cheaper settings that reach it (m = 12 MiB with t = 2, or
 * m = 19 MiB with t = 1) fall below the OWASP minimum, and a login costs one hash, so we keep the stronger setting.
 * Both methods are CPU-bound and block: call them off the event loop ({@code executeBlocking}).
 *
 * <p>Neither method logs, and neither keeps the password.
 */
public final class Passwords {
  private static final int MEMORY_KIB = 19 * 1024;
  private static final int ITERATIONS = 2;
  private static final int PARALLELISM = 1;
  private static final int OUTPUT_BYTES = 32;
  private static final int SALT_BYTES = 16;
  private static final Argon2Function ARGON2 =
      Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, OUTPUT_BYTES, Argon2.ID);

  /**
   * A hash of a password nobody has, checked when the account does not exist, so an unknown user name takes as long
   * to reject as a wrong password and response times do not reveal which accounts exist.
   */
  private static final String DECOY = hash("decoy password that is never stored anywhere");

  private Passwords() {}

  /** The PHC string of {@code password} with a fresh random salt. */
  public static String hash(String password) {
    if (password == null) {
      throw new IllegalArgumentException("password is null");
    }
    return Password.hash(password).addRandomSalt(SALT_BYTES).with(ARGON2).getResult();
  }

  /**
   * Whether {@code password} matches {@code stored}, a string made by {@link #hash}. A null password or a stored value
   * that is not an Argon2 PHC string does not match.
   */
  public static boolean verify(String password, String stored) {
    if (password == null || stored == null || !stored.startsWith("$argon2")) {
      return false;
    }
    try {
      return Password.check(password, stored).with(Argon2Function.getInstanceFromHash(stored));
    } catch (RuntimeException malformed) {
      return false;
    }
  }

  /** Spends the time of one {@link #verify} without a real hash; always false. */
  public static boolean verifyDecoy(String password) {
    verify(password == null ? "" : password, DECOY);
    return false;
  }
}

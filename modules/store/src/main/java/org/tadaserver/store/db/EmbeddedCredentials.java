package org.tadaserver.store.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The embedded server's superuser password. zonky creates the cluster with {@code trust} authentication, which would
 * let any local account connect as superuser; so on every start the password from {@code dataDir/pg.password}
 * (owner-only, created once) is set on the {@code postgres} role and {@code pg_hba.conf} is replaced by SCRAM-only
 * loopback rules.
 * Whoever may read the data directory (the node, the admin CLI) may connect; other local users may not.
 */
final class EmbeddedCredentials {
  static final String PASSWORD_FILE = "pg.password";
  static final String SUPERUSER = "postgres";
  private static final int PASSWORD_BYTES = 32;
  /** base64url: safe to inline in ALTER ROLE, which takes no bind parameters. */
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{20,}");
  private static final String HBA = """
      # Written by tada-server on every start of the embedded server: password (SCRAM) logins only.
      local all all scram-sha-256
      host  all all 127.0.0.1/32 scram-sha-256
      host  all all ::1/128 scram-sha-256
      """;

  private EmbeddedCredentials() {}

  /**
   * The password stored in {@code dataDir}, created (readable by the owner only) on first use. Call while holding the
   * {@link DataDirLock}; the file appears atomically, so a crash never leaves a half-written one.
   */
  static String loadOrCreate(Path dataDir) throws IOException {
    Path file = dataDir.resolve(PASSWORD_FILE);
    if (!Files.exists(file)) {
      byte[] random = new byte[PASSWORD_BYTES];
      new SecureRandom().nextBytes(random);
      Path tmp = Files.createTempFile(dataDir, PASSWORD_FILE, ".tmp",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(tmp, Base64.getUrlEncoder().withoutPadding().encodeToString(random), StandardCharsets.US_ASCII);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }
    String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
    if (!SAFE.matcher(password).matches()) {
      throw new IOException(file + " does not hold a password made by this server");
    }
    return password;
  }

  /**
   * Sets {@code password} on the superuser and switches {@code pgDataDir}'s client authentication to SCRAM; idempotent.
   * {@code superuser} must be a superuser session on that server.
   */
  static void harden(Connection superuser, Path pgDataDir, String password) throws SQLException, IOException {
    if (!SAFE.matcher(password).matches()) {
      throw new IllegalArgumentException("unexpected characters in the embedded server password");
    }
    try (Statement st = superuser.createStatement()) {
      st.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "'");
      Files.writeString(pgDataDir.resolve("pg_hba.conf"), HBA, StandardCharsets.US_ASCII);
      st.execute("SELECT pg_reload_conf()");
    }
  }
}

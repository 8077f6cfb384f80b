package org.tadaserver.store.account;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code tokens}. The token itself is never stored, only its SHA-256, which this record leaves out.
 *
 * @param lastUsed  null until the first {@link TokenRepository#touch}
 * @param revokedAt null while the token is valid
 */
public record TokenRow(UUID id, UUID user, String deviceName, Instant created, Instant lastUsed, Instant revokedAt) {
  public boolean isActive() {
    return revokedAt == null;
  }
}

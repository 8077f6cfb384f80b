package org.tadaserver.bench.track;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Message ids that say who sent them: the most significant half is the run (random, with the version-4 nibble), the
 * least significant half holds the variant bits, the sender's index (30 bits) and its sequence number (32 bits). Every
 * id is a well-formed RFC 4122 version-4 UUID string, so the server treats it like any client's, and a delivery can be
 * attributed to its sender and sequence without a lookup table. Ids of another run (a previous run in the same chat)
 * decode to nothing.
 */
public final class MessageIds {
  /** Largest sender index an id can carry. */
  public static final int MAX_SENDER = (1 << 30) - 1;
  private static final long VARIANT = 0x8000000000000000L;
  private final long run;

  public MessageIds(long runSeed) {
    this.run = (runSeed & ~0xF000L) | 0x4000L;
  }

  public static MessageIds random() {
    return new MessageIds(new SecureRandom().nextLong());
  }

  public String id(int sender, long seq) {
    if (sender < 0 || sender > MAX_SENDER || seq < 0 || seq > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("sender or sequence out of range: " + sender + "/" + seq);
    }
    return new UUID(run, VARIANT | ((long) sender << 32) | seq).toString();
  }

  /**
   * The sender and sequence of an id of this run, packed as {@code sender << 32 | seq}; -1 for anything else (another
   * run's id, or not a UUID at all).
   */
  public long decode(String id) {
    if (id == null || id.length() != 36) {
      return -1;
    }
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return -1;
    }
    long lsb = uuid.getLeastSignificantBits();
    if (uuid.getMostSignificantBits() != run || (lsb & 0xC000000000000000L) != VARIANT) {
      return -1;
    }
    return lsb & 0x3FFFFFFFFFFFFFFFL;
  }

  public static int sender(long packed) {
    return (int) (packed >>> 32);
  }

  public static int seq(long packed) {
    return (int) (packed & 0xFFFFFFFFL);
  }
}

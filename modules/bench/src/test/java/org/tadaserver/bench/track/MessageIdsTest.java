package org.tadaserver.bench.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageIdsTest {
  private final MessageIds ids = new MessageIds(42);

  @Test
  void idsAreVersion4UuidsThatDecodeToSenderAndSequence() {
    String id = ids.id(12345, 4_000_000_000L);
    UUID uuid = UUID.fromString(id);
    assertEquals(4, uuid.version());
    assertEquals(2, uuid.variant());
    long packed = ids.decode(id);
    assertEquals(12345, MessageIds.sender(packed));
    assertEquals((int) 4_000_000_000L, MessageIds.seq(packed));
    assertEquals(4_000_000_000L, packed & 0xFFFFFFFFL);
  }

  @Test
  void extremesRoundTrip() {
    long packed = ids.decode(ids.id(MessageIds.MAX_SENDER, 0));
    assertEquals(MessageIds.MAX_SENDER, MessageIds.sender(packed));
    assertEquals(0, MessageIds.seq(packed));
  }

  @Test
  void idsOfAnotherRunOrNotUuidsDecodeToNothing() {
    assertEquals(-1, new MessageIds(43).decode(ids.id(1, 1)));
    assertEquals(-1, ids.decode(UUID.randomUUID().toString()));
    assertEquals(-1, ids.decode("not-a-uuid-but-36-characters-long!!!"));
    assertEquals(-1, ids.decode(""));
    assertEquals(-1, ids.decode(null));
  }

  @Test
  void outOfRangeSendersAndSequencesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> ids.id(-1, 0));
    assertThrows(IllegalArgumentException.class, () -> ids.id(MessageIds.MAX_SENDER + 1, 0));
    assertThrows(IllegalArgumentException.class, () -> ids.id(0, -1));
    assertThrows(IllegalArgumentException.class, () -> ids.id(0, 1L << 32));
  }
}

package org.tadaserver.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.enums.TeamStatus;

/** The messages presence exchanges survive their JSON form, and bad ones and bad settings are refused. */
class MessagesTest {

  /** Verifies the round trip of session events and reports. */
  @Test
  void roundTrips() {
    SessionEvent open = SessionEvent.open("s", UUID.randomUUID(), UUID.randomUUID(), "d-x", TeamStatus.GUEST, true);
    assertEquals(open, SessionEvent.decode(Wire.toJson(open)));
    assertEquals(SessionEvent.activity("s", true), SessionEvent.decode(Wire.toJson(SessionEvent.activity("s", true))));
    ReportBatch batch = new ReportBatch("n", ReportBatch.Kind.FULL, List.of(new TeamReport(UUID.randomUUID(),
        List.of(new ContactState("d-" + UUID.randomUUID(), UUID.randomUUID(), TeamStatus.OWNER, true, false, null, 7)))));
    assertEquals(batch, ReportBatch.decode(Wire.toJson(batch)));
    CallsUpdate calls = new CallsUpdate(UUID.randomUUID(), List.of());
    assertEquals(calls, CallsUpdate.decode(Wire.toJson(calls)));
  }

  /** Verifies that undecodable messages and impossible settings fail clearly. */
  @Test
  void badInput() {
    assertThrows(IllegalArgumentException.class, () -> SessionEvent.decode("{\"op\":\"EXPLODE\"}"));
    assertThrows(IllegalArgumentException.class, () -> ReportBatch.decode("[]"));
    assertThrows(IllegalArgumentException.class, () -> CallsUpdate.decode("{\"calls\":[]}"));
    assertThrows(IllegalArgumentException.class, () -> new PresenceConfig(50, 10, 1000, 300));
    assertThrows(IllegalArgumentException.class, () -> new PresenceConfig(1000, 1000, 1000, 300));
    assertThrows(IllegalArgumentException.class, () -> new PresenceConfig(1000, 10, 1000, 0));
    assertEquals(100, new PresenceConfig(1000, 10, 1000, 1).idleCheckMs());
    assertEquals(5_000, PresenceConfig.defaults().idleCheckMs());
  }
}

package org.tadaserver.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionGateTest {
  private final FakeClock clock = new FakeClock();

  private static RateLimitConfig config(Rate connects, int sockets) {
    return new RateLimitConfig(true, Rate.UNLIMITED, Rate.UNLIMITED, Rate.UNLIMITED, Rate.UNLIMITED, connects, sockets,
        1000);
  }

  @Test
  void openSocketsPerAddressAreCappedAndReleasingFreesASlot() {
    ConnectionGate gate = new ConnectionGate(config(Rate.UNLIMITED, 2), clock);
    ConnectionGate.Lease first = gate.open("10.0.0.1");
    ConnectionGate.Lease second = gate.open("10.0.0.1");
    assertTrue(first.admission().admitted() && second.admission().admitted());
    Admission full = gate.open("10.0.0.1").admission();
    assertFalse(full.admitted());
    assertEquals(ConnectionGate.FULL_RETRY_AFTER_S, full.retryAfterSeconds());
    assertTrue(gate.open("10.0.0.2").admission().admitted(), "another address is unaffected");
    first.release();
    first.release(); // idempotent: must not free a second slot
    assertTrue(gate.open("10.0.0.1").admission().admitted());
    assertFalse(gate.open("10.0.0.1").admission().admitted());
  }

  @Test
  void releasingEverySocketLeavesNoCountBehind() {
    ConnectionGate gate = new ConnectionGate(config(Rate.UNLIMITED, 5), clock);
    List<ConnectionGate.Lease> leases = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      leases.add(gate.open("10.0." + (i / 200) + "." + (i % 200)));
    }
    assertEquals(1_000, gate.addressesOpen());
    leases.forEach(ConnectionGate.Lease::release);
    assertEquals(0, gate.addressesOpen());
  }

  @Test
  void handshakesPerWindowAreLimitedAndComeBack() {
    ConnectionGate gate = new ConnectionGate(config(new Rate(3, 30), 0), clock);
    for (int i = 0; i < 3; i++) {
      assertTrue(gate.open("10.0.0.1").admission().admitted());
    }
    Admission refused = gate.open("10.0.0.1").admission();
    assertFalse(refused.admitted());
    assertEquals(10, refused.retryAfterSeconds());
    assertTrue(gate.open("10.0.0.2").admission().admitted());
    clock.advance(Duration.ofSeconds(10));
    assertTrue(gate.open("10.0.0.1").admission().admitted());
  }

  @Test
  void aRefusedLeaseReleasesNothing() {
    ConnectionGate gate = new ConnectionGate(config(Rate.UNLIMITED, 1), clock);
    ConnectionGate.Lease held = gate.open("a");
    ConnectionGate.Lease refused = gate.open("a");
    refused.release();
    assertFalse(gate.open("a").admission().admitted(), "the held socket still counts");
    held.release();
    assertTrue(gate.open("a").admission().admitted());
  }

  @Test
  void disabledLimitsCountNothing() {
    RateLimitConfig on = config(new Rate(1, 60), 1);
    ConnectionGate gate = new ConnectionGate(new RateLimitConfig(false, on.loginPerUser(), on.loginPerAddress(),
        on.wsMessages(), on.wsEvents(), on.wsConnectsPerAddress(), 1, 10), clock);
    for (int i = 0; i < 100; i++) {
      assertTrue(gate.open("a").admission().admitted());
    }
    assertEquals(0, gate.addressesOpen());
    assertEquals(0, gate.trackedKeys());
  }
}

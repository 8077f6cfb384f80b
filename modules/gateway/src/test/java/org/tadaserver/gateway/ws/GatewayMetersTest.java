package org.tadaserver.gateway.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.bus.metrics.Metrics;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.WireException;

/** Warning reasons stay a fixed, pre-registered set whatever the failure. */
class GatewayMetersTest {
  /** Verifies the reason of each kind of failure. */
  @Test
  void reasons() {
    assertEquals("not_found", GatewayMeters.reason(ServiceException.notFound("chat")));
    assertEquals("access_denied", GatewayMeters.reason(ServiceException.accessDenied("no")));
    assertEquals("invalid_event", GatewayMeters.reason(new InvalidEventException("unknown event: x")));
    assertEquals("invalid_params", GatewayMeters.reason(new WireException("bad")));
    assertEquals("internal", GatewayMeters.reason(new IllegalStateException("bug")));
  }

  /** Verifies that every reason has a series at 0 before any warning, and counts go to the right one. */
  @Test
  void everyReasonStartsAtZero() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    GatewayMeters meters = new GatewayMeters(registry, new SessionRegistry());
    assertEquals(ApiError.values().length + 4, registry.find(Metrics.WARNINGS).counters().size());
    meters.warned(ServiceException.notFound("chat"));
    meters.warnedMalformed();
    meters.warnedMalformed();
    assertEquals(1, registry.get(Metrics.WARNINGS).tag(Metrics.REASON, "not_found").counter().count());
    assertEquals(2, registry.get(Metrics.WARNINGS).tag(Metrics.REASON, "malformed").counter().count());
    assertEquals(0, registry.get(Metrics.WARNINGS).tag(Metrics.REASON, "internal").counter().count());
    assertEquals(0, registry.get(Metrics.SESSIONS).gauge().value());
  }
}

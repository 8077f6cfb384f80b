package org.tadaserver.gateway.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.Delivery;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.protocol.event.ServerDebug;

/**
 * Shared frames through real sockets: the bytes encoded once reach every client intact, also when they are longer
 * than one WebSocket frame. This covers {@link OutboundFrame}'s use of Vert.x's internal frame class.
 */
class SharedFrameTest {
  private WsFixture fixture;
  private final UUID team = UUID.randomUUID();

  @BeforeEach
  void start() {
    fixture = new WsFixture();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  /** Verifies that a team delivery longer than the frame cap reaches every session whole, from one encoding. */
  @Test
  void longBroadcastReachesEverySessionWhole() {
    List<WsProbe> probes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      WsProbe probe = fixture.connect(team, fixture.member(team));
      probe.expect("server.time");
      probes.add(probe);
    }
    String text = "0123456789".repeat(WsFixture.MAX_FRAME_BYTES * 2 / 10 + 7); // over two frames' worth
    long before = fixture.onLoop(OutboundFrame.ENCODINGS::sum);
    fixture.publish(Delivery.toTeam(team, Events.toJson(new ServerDebug(text))));
    for (WsProbe probe : probes) {
      JsonNode event = probe.expect("server.debug");
      assertEquals(text, event.path("params").path("text").asText());
    }
    assertEquals(1, fixture.onLoop(OutboundFrame.ENCODINGS::sum) - before, "one encoding for four sessions");
    probes.get(0).roundTrip("after-long-frame");
  }
}

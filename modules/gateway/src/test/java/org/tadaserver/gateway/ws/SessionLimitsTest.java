package org.tadaserver.gateway.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.Delivery;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.protocol.event.ServerDebug;

/** The edges of a session: message size cap, a client that stops reading, the close handshake, and draining. */
class SessionLimitsTest {
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

  /** Verifies that a message just under the cap is handled. */
  @Test
  void messageUnderTheCapIsHandled() {
    WsProbe probe = open();
    String padding = "x".repeat(WsFixture.MAX_FRAME_BYTES - 100);
    probe.send("{\"event\":\"client.ping\",\"params\":{\"pad\":\"" + padding + "\"},\"confirm_id\":\"big\"}");
    assertEquals("big", probe.expect("server.confirm").path("params").path("confirm_id").asText());
  }

  /** Verifies that a single frame over the cap closes the session with 1009 (Netty's frame limit). */
  @Test
  void frameOverTheCapClosesWith1009() {
    WsProbe probe = open();
    probe.sendFrame(WebSocketFrame.textFrame("y".repeat(WsFixture.MAX_FRAME_BYTES + 1), true));
    assertEquals(CloseCodes.MESSAGE_TOO_BIG, probe.awaitClose());
  }

  /** Verifies that a message over the cap in small fragments closes the session with 1009 (our assembler). */
  @Test
  void fragmentedMessageOverTheCapClosesWith1009() {
    WsProbe probe = open();
    String chunk = "z".repeat(WsFixture.MAX_FRAME_BYTES / 4);
    probe.sendFrame(WebSocketFrame.textFrame(chunk, false));
    for (int i = 0; i < 4; i++) {
      probe.sendFrame(WebSocketFrame.continuationFrame(Buffer.buffer(chunk), i == 3));
    }
    assertEquals(CloseCodes.MESSAGE_TOO_BIG, probe.awaitClose());
  }

  /** Verifies that a message in several fragments under the cap is one event, also as binary. */
  @Test
  void fragmentedMessageIsOneEvent() {
    WsProbe probe = open();
    probe.sendFrame(WebSocketFrame.binaryFrame(Buffer.buffer("{\"event\":\"client.pi"), false));
    probe.sendFrame(WebSocketFrame.continuationFrame(Buffer.buffer("ng\",\"confirm_id\":\"frag\"}"), true));
    assertEquals("frag", probe.expect("server.confirm").path("params").path("confirm_id").asText());
  }

  /** Verifies that a client close is answered with 1000 whatever code the client sent. */
  @Test
  void clientCloseIsAnsweredWith1000() {
    assertEquals(CloseCodes.NORMAL, open().close((short) 1000));
    assertEquals(CloseCodes.NORMAL, open().close((short) 4000));
    assertEquals(CloseCodes.NORMAL, open().close((short) 1001));
    assertEquals(0, fixture.awaitSessions(0, 5_000), "closed sessions leave the registry");
  }

  /**
   * Verifies that a client that stops reading is disconnected once its queue is full, that the server stops queueing
   * for it, and that a reading client of the same team is unaffected.
   */
  @Test
  void clientThatStopsReadingIsDisconnected() {
    WsProbe stalled = open();
    WsProbe reader = open();
    stalled.pause();
    String big = Events.toJson(new ServerDebug("d".repeat(60_000)));
    int published = 0;
    for (int round = 0; round < 40 && fixture.onLoop(() -> fixture.sessions().size()) == 2; round++) {
      List<Delivery> batch = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        batch.add(Delivery.toTeam(team, big));
      }
      fixture.publish(batch.toArray(Delivery[]::new));
      published += batch.size();
      for (int i = 0; i < batch.size(); i++) {
        reader.expect("server.debug");
      }
    }
    assertEquals(1, fixture.awaitSessions(1, Session.CLOSE_GRACE_MS + 5_000), "the stalled session is gone");
    stalled.resume();
    stalled.awaitClose();
    int received = stalled.drainCount();
    assertTrue(received < published, received + " of " + published + " reached the stalled client");
    reader.roundTrip("reader-fine");
  }

  /**
   * Verifies that a client that floods events but reads none of the answers is first no longer read from (its
   * answers are backlogged) and then disconnected once nothing has left for the stall timeout.
   */
  @Test
  void clientThatSendsButNeverReadsIsDisconnected() {
    WsProbe stalled = open();
    stalled.pause();
    String id = "i".repeat(50_000);
    for (int i = 0; i < 300; i++) {
      stalled.sendNoWait("{\"event\":\"client.ping\",\"confirm_id\":\"" + id + i + "\"}");
    }
    // frames keep leaving while the TCP buffers fill (longer on a loaded machine), so allow several stall periods
    long limit = 5 * Session.STALL_TIMEOUT_MS + Session.CLOSE_GRACE_MS;
    assertEquals(0, fixture.awaitSessions(0, limit), "the stalled session is gone");
    stalled.resume();
    stalled.awaitClose();
    assertTrue(stalled.drainCount() < 300, "not every ping was answered");
  }

  /**
   * Verifies that stopping the gateway closes every session with 1001 (going away), and completes within the close
   * grace even with a client that has stopped reading.
   */
  @Test
  void drainClosesSessionsWith1001() {
    WsProbe first = open();
    WsProbe second = open();
    WsProbe deaf = open();
    deaf.pause();
    long started = System.nanoTime();
    fixture.stopGateway();
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    assertTrue(tookMs < Session.CLOSE_GRACE_MS + 2_000, "drain took " + tookMs + " ms");
    assertEquals(CloseCodes.GOING_AWAY, first.awaitClose());
    assertEquals(CloseCodes.GOING_AWAY, second.awaitClose());
    deaf.resume();
    deaf.awaitClose();
  }

  private WsProbe open() {
    WsProbe probe = fixture.connect(team, fixture.member(team));
    probe.expect("server.time");
    return probe;
  }
}

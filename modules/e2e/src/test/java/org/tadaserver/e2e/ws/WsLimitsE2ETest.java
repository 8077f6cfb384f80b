package org.tadaserver.e2e.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestNode;
import org.tadaserver.testkit.client.CloseStatus;
import org.tadaserver.testkit.client.SocketOptions;
import org.tadaserver.testkit.client.TadaSocket;

/** The size cap and the outbound bound on a node configured with small limits. */
class WsLimitsE2ETest {
  private static final int MAX_FRAME_BYTES = 64 * 1024;
  private static TestNode node;
  private static UUID team;
  private static TadaClient member;

  @BeforeAll
  static void start() {
    node = TestNode.start(Map.of(
        "gateway.max_frame_bytes", MAX_FRAME_BYTES,
        "gateway.outbound_queue_frames", 20));
    team = node.admin().createTeam();
    member = TadaClient.of(node.baseUrl()).withToken(node.admin().newUser(team, false).token());
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  /** Verifies that an event just under the cap is handled and one over it closes the socket with 1009. */
  @Test
  void messageOverTheCapClosesWith1009() {
    try (TadaSocket ws = member.ws(team)) {
      String pad = "p".repeat(MAX_FRAME_BYTES - 100);
      ws.awaitConfirm(ws.send("client.ping", Map.of("pad", pad)));
      // not waited for: the server may close while the frames are still going out
      ws.sendRawNoWait("{\"event\":\"client.ping\",\"params\":{\"pad\":\"" + pad + pad + "\"}}");
      assertEquals(1009, ws.awaitClosed(Duration.ofSeconds(10)).code());
    }
    try (TadaSocket tdclient = member.ws(team, SocketOptions.TDCLIENT)) {
      tdclient.sendRawNoWait("{\"event\":\"client.ping\",\"params\":{\"pad\":\"" + "b".repeat(MAX_FRAME_BYTES) + "\"}}");
      assertEquals(1009, tdclient.awaitClosed(Duration.ofSeconds(10)).code());
    }
  }

  /**
   * Verifies that a client that keeps sending but stops reading is disconnected (the server stops reading it once its
   * answers back up, and drops it when nothing leaves for the stall timeout), while other sessions carry on.
   */
  @Test
  void clientThatStopsReadingIsDisconnected() {
    try (TadaSocket stalled = member.ws(team); TadaSocket healthy = member.ws(team)) {
      stalled.await("server.time");
      stalled.pauseReading();
      String bulk = "c".repeat(30_000);
      int sent = 400;
      for (int i = 0; i < sent; i++) {
        stalled.sendRawNoWait("{\"event\":\"client.ping\",\"confirm_id\":\"" + bulk + i + "\"}");
      }
      healthy.awaitConfirm(healthy.send("client.ping", null));
      assertTrue(sendsFailWithin(stalled, Duration.ofSeconds(90)), "the server dropped the stalled client");
      stalled.resumeReading();
      CloseStatus end = stalled.awaitClosed(Duration.ofSeconds(20));
      assertNotEquals(1000, end.code(), end.toString());
      long confirmed = stalled.received().stream().filter(e -> e.path("event").asText().equals("server.confirm")).count();
      assertTrue(confirmed < sent, confirmed + " of " + sent + " pings were answered");
      healthy.awaitConfirm(healthy.send("client.ping", null));
    }
  }

  /**
   * Whether the connection is dropped by the server within {@code limit}: while this client does not read it cannot
   * see a close, but its sends fail once the server has reset the connection.
   */
  private static boolean sendsFailWithin(TadaSocket socket, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        socket.sendRawNoWait("{\"event\":\"client.ping\"}").get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        Thread.sleep(500);
      } catch (ExecutionException e) {
        return true;
      } catch (TimeoutException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }
}

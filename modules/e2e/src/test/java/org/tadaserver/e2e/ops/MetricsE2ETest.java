package org.tadaserver.e2e.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.metrics.Metrics;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestNode;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Issue 8, point 2: a short load through one node, then {@code /metrics} must show every meter of the issue with the
 * value the load implies: messages persisted = distinct messages sent, confirms and warnings (by reason) = those the
 * clients received, deliveries = the routed events the clients received, sessions and teams = the open sockets. The
 * node's periodic server.online is turned off, so nothing is delivered that the test did not cause.
 */
class MetricsE2ETest {
  /** Events the gateway writes itself; everything else a client receives was routed to it as a delivery. */
  private static final Set<String> DIRECT = Set.of("server.time", "server.confirm", "server.warning");
  private static TestNode node;

  @BeforeAll
  static void start() {
    node = TestNode.start(Map.of("presence.online_interval_ms", 3_600_000, "presence.resync_interval_ms", 3_600_000));
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  /** Verifies each point-2 meter against a load of sends, resends, REST sends, bad events and open sessions. */
  @Test
  void metersMatchTheLoad() {
    UUID team = node.admin().createTeam();
    UUID otherTeam = node.admin().createTeam();
    CreatedUser anna = node.admin().newUser(team, false);
    CreatedUser boris = node.admin().newUser(team, false);
    CreatedUser olga = node.admin().newUser(otherTeam, false);
    TadaClient annaClient = TadaClient.of(node.baseUrl()).withToken(anna.token());
    String group = annaClient.post("/api/v4/teams/" + team + "/groups", Map.of("display_name", "Metrics",
        "members", List.of(Map.of("jid", boris.jid(), "status", "member")))).result().path("jid").asText();
    List<TadaSocket> sockets = new ArrayList<>();
    try {
      TadaSocket a = open(sockets, annaClient, team);
      TadaSocket b1 = open(sockets, TadaClient.of(node.baseUrl()).withToken(boris.token()), team);
      open(sockets, TadaClient.of(node.baseUrl()).withToken(boris.token()), team);
      open(sockets, TadaClient.of(node.baseUrl()).withToken(olga.token()), otherTeam);
      int sent = 0;
      for (int i = 0; i < 12; i++, sent++) {
        a.awaitConfirm(a.send("client.message.updated", message(group, UUID.randomUUID().toString(), "one " + i)));
      }
      List<String> burst = new ArrayList<>();
      for (int i = 0; i < 8; i++, sent++) {
        burst.add(a.send("client.message.updated", message(group, UUID.randomUUID().toString(), "burst " + i)));
      }
      burst.forEach(a::awaitConfirm);
      String resent = UUID.randomUUID().toString();
      for (int i = 0; i < 3; i++) {
        a.awaitConfirm(a.send("client.message.updated", message(group, resent, "resent")));
      }
      sent++;
      int resends = 2;
      for (int i = 0; i < 2; i++, sent++) {
        assertTrue(annaClient.post("/api/v4/teams/" + team + "/chats/" + group + "/messages",
            Map.of("text", "rest " + i, "message_id", UUID.randomUUID().toString())).ok());
      }
      a.awaitConfirm(a.send("client.no.such.event", Map.of()));
      b1.sendRaw("{not json");
      b1.awaitWarning();
      a.awaitWarning();
      quiet(sockets);

      PromText m = PromText.scrape(node.baseUrl());
      assertEquals(sent, m.value("tada_messages_persisted_total"), "messages persisted = distinct messages sent");
      assertEquals(sent + resends, m.value("tada_send_to_commit_seconds_count"), "one send-to-commit per send");
      assertEquals(sent + resends, m.value("tada_send_batch_messages_sum"), "every send in one batch");
      double transactions = m.value("tada_send_batch_messages_count");
      assertTrue(transactions >= 1 && transactions <= sent + resends, "transactions " + transactions);
      // every transaction that wrote a message published its events once; a resend alone publishes nothing
      double delivered = m.value("tada_commit_to_delivery_seconds_count");
      assertTrue(delivered >= transactions - resends, delivered + " delivered batches, " + transactions + " sends");
      assertTrue(m.value("tada_commit_to_delivery_seconds_sum") > 0, "latencies recorded");
      assertEquals(m.value("tada_commit_to_delivery_seconds_count"),
          m.value("tada_commit_to_delivery_seconds_bucket", Map.of("le", "+Inf")), "a histogram with buckets");
      assertEquals(count(sockets, "server.confirm"), m.value("tada_gateway_confirms_total"), "confirms");
      assertEquals(count(sockets, "server.warning"), m.value("tada_gateway_warnings_total"), "warnings");
      assertEquals(1, m.value("tada_gateway_warnings_total", Map.of(Metrics.REASON, "invalid_event")));
      assertEquals(1, m.value("tada_gateway_warnings_total", Map.of(Metrics.REASON, "malformed")));
      assertEquals(routed(sockets), m.value("tada_gateway_deliveries_total"), "deliveries = routed events received");
      assertEquals(4, m.value("tada_gateway_sessions"), "open sessions");
      assertEquals(2, m.value("tada_gateway_teams"), "teams with sessions");
      assertEquals(1, m.value("tada_cluster_members"), "a standalone node");
      assertEquals(0, m.value("tada_gateway_outbound_drops_total"), "no client was dropped");
      // at rest only long-held connections are lent out: the group-commit writer's (it holds one between batches) and,
      // once a send used it, the pipelining client of the pre-send reads (Database.reads(), a pool of its own)
      double inUse = m.value(Metrics.POOL_IN_USE, Map.of("pool_type", Metrics.SQL_POOL));
      assertTrue(inUse >= 1 && inUse <= 2, "pool idle at rest: " + inUse + " in use");
      assertEquals(0, m.value(Metrics.POOL_WAITING, Map.of("pool_type", Metrics.SQL_POOL)), "nobody waits at rest");
      assertEquals(0, m.value(Metrics.EVENTBUS_PENDING, Map.of("side", "local")), "bus drained at rest");
      for (String name : Metrics.PROMETHEUS) {
        assertTrue(m.has(name) || m.has(name + "_count"), name + " on /metrics");
      }
    } finally {
      sockets.forEach(TadaSocket::close);
    }
    Steps.eventually("sessions gauge back to 0",
        () -> PromText.scrape(node.baseUrl()).value("tada_gateway_sessions") == 0);
    assertEquals(0, PromText.scrape(node.baseUrl()).value("tada_gateway_teams"));
  }

  /**
   * Verifies the outbound drop counter: a client that floods pings and reads nothing is dropped once (on a node with a
   * small outbound queue), and a reading client on the same node is not.
   */
  @Test
  void droppedClientIsCounted() {
    try (TestNode small = TestNode.start(Map.of("gateway.outbound_queue_frames", 20))) {
      UUID team = small.admin().createTeam();
      TadaClient member = TadaClient.of(small.baseUrl()).withToken(small.admin().newUser(team, false).token());
      try (TadaSocket stalled = member.ws(team); TadaSocket healthy = member.ws(team)) {
        stalled.await("server.time");
        stalled.pauseReading();
        String bulk = "c".repeat(30_000);
        for (int i = 0; i < 400; i++) {
          stalled.sendRawNoWait("{\"event\":\"client.ping\",\"confirm_id\":\"" + bulk + i + "\"}");
        }
        healthy.awaitConfirm(healthy.send("client.ping", null));
        Steps.eventually("the stalled client is dropped and counted", Duration.ofSeconds(90),
            () -> PromText.scrape(small.baseUrl()).value("tada_gateway_outbound_drops_total") >= 1);
        stalled.resumeReading();
        healthy.awaitConfirm(healthy.send("client.ping", null));
        Steps.eventually("the dropped session is gone", () -> PromText.scrape(small.baseUrl())
            .value("tada_gateway_sessions") == 1);
        assertEquals(1, PromText.scrape(small.baseUrl()).value("tada_gateway_outbound_drops_total"));
      }
    }
  }

  private static TadaSocket open(List<TadaSocket> sockets, TadaClient client, UUID team) {
    TadaSocket ws = client.ws(team);
    sockets.add(ws);
    ws.await("server.time");
    return ws;
  }

  private static Map<String, Object> message(String to, String id, String text) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("to", to);
    params.put("message_id", id);
    params.put("content", Map.of("type", "plain", "text", text));
    return params;
  }

  /** Waits until no socket has received anything for a second (every delivery of the load has arrived). */
  private static void quiet(List<TadaSocket> sockets) {
    int before = -1;
    int now = total(sockets);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (now != before && System.nanoTime() < deadline) {
      before = now;
      Steps.sleep(Duration.ofSeconds(1));
      now = total(sockets);
    }
  }

  private static int total(List<TadaSocket> sockets) {
    return sockets.stream().mapToInt(s -> s.received().size()).sum();
  }

  private static long count(List<TadaSocket> sockets, String event) {
    return sockets.stream().flatMap(s -> s.received().stream())
        .filter(e -> event.equals(e.path("event").asText())).count();
  }

  private static long routed(List<TadaSocket> sockets) {
    return sockets.stream().flatMap(s -> s.received().stream())
        .map((JsonNode e) -> e.path("event").asText()).filter(name -> !DIRECT.contains(name)).count();
  }
}

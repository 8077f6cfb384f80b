package org.tadaserver.e2e.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.IsoTime;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestNode;
import org.tadaserver.testkit.client.SocketOptions;
import org.tadaserver.testkit.client.TadaSocket;

/** Client events on a real node: server.time, the confirm flow, bad input answered by server.warning, closing. */
class WsEventsE2ETest {
  private static final Duration QUIET = Duration.ofMillis(400);
  private static TestNode node;
  private static UUID team;
  private static TadaClient member;
  private TadaSocket ws;

  @BeforeAll
  static void start() {
    node = TestNode.start();
    team = node.admin().createTeam();
    member = TadaClient.of(node.baseUrl()).withToken(node.admin().newUser(team, false).token());
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  @BeforeEach
  void open() {
    ws = member.ws(team);
  }

  @AfterEach
  void close() {
    assertEquals(0, ws.binaryFramesReceived(), "the server sends text frames only");
    ws.close();
  }

  /** Verifies that server.time is the first event, in RFC 3339 UTC with microseconds. */
  @Test
  void serverTimeFirst() {
    JsonNode first = ws.await("server.time");
    assertEquals(first, ws.received().get(0));
    String time = first.path("params").path("time").asText();
    assertTrue(time.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"), time);
    IsoTime.parse(time);
  }

  /** Verifies that client.ping is confirmed, in text frames and in tdclient's binary frames. */
  @Test
  void pingIsConfirmedInTextAndBinaryFrames() {
    JsonNode confirm = ws.awaitConfirm(ws.send("client.ping", null));
    assertTrue(confirm.path("confirm_id").isMissingNode());
    try (TadaSocket tdclient = member.ws(team, SocketOptions.TDCLIENT)) {
      tdclient.awaitConfirm(tdclient.send("client.ping", null));
    }
  }

  /** Verifies that client.confirm is accepted without any answer. */
  @Test
  void clientConfirmIsQuiet() {
    ws.send("client.confirm", Map.of("confirm_id", "abc"), null);
    ws.send("client.confirm", Map.of("confirm_id", "abd"), "top-level");
    ws.expectNone("server.confirm", QUIET);
    ws.expectNone("server.warning", Duration.ZERO);
    ws.awaitConfirm(ws.send("client.ping", null));
  }

  /** Verifies the seed's example: an unknown event gets server.warning with the original event, then its confirm. */
  @Test
  void unknownEvent() {
    String id = ws.send("client.deeeeeaddddbeeeeeef", null);
    JsonNode warning = ws.awaitWarning();
    assertEquals("unknown event: client.deeeeeaddddbeeeeeef", warning.path("params").path("message").asText());
    assertEquals("client.deeeeeaddddbeeeeeef", warning.path("params").path("orig").path("event").asText());
    assertEquals(id, warning.path("params").path("orig").path("confirm_id").asText());
    ws.awaitConfirm(id);
  }

  /** Verifies that malformed JSON is warned with the raw text as orig, and the socket stays usable. */
  @Test
  void malformedJson() {
    ws.sendRaw("{\"event\":\"client.ping\",");
    JsonNode warning = ws.awaitWarning();
    assertTrue(warning.path("params").path("message").asText().startsWith("malformed JSON"), warning::toString);
    assertEquals("{\"event\":\"client.ping\",", warning.path("params").path("orig").asText());
    ws.awaitConfirm(ws.send("client.ping", null));
  }

  /** Verifies that missing and wrongly typed params are warned, and the event is still confirmed. */
  @Test
  void missingAndWronglyTypedParams() {
    String missing = ws.send("client.confirm", null);
    assertEquals("client.confirm: params.confirm_id is required", message(ws.awaitWarning()));
    String wrong = ws.send("client.confirm", Map.of("confirm_id", 42));
    assertEquals("client.confirm: params.confirm_id must be a string", message(ws.awaitWarning()));
    ws.sendRaw("{\"event\":\"client.ping\",\"params\":\"x\",\"confirm_id\":\"shape\"}");
    assertEquals("client.ping: params must be an object", message(ws.awaitWarning()));
    ws.awaitConfirm("shape");
    ws.expectNone("server.confirm", QUIET); // client.confirm is never confirmed, even when it was wrong
    assertTrue(!missing.equals(wrong));
    ws.awaitConfirm(ws.send("client.ping", null));
  }

  /** Verifies that a numeric confirm_id is a wrong type: warned, not confirmed, and the socket stays usable. */
  @Test
  void numericConfirmId() {
    ws.sendRaw("{\"event\":\"client.ping\",\"confirm_id\":123}");
    assertEquals("confirm_id must be a string", message(ws.awaitWarning()));
    ws.expectNone("server.confirm", QUIET);
    ws.awaitConfirm(ws.send("client.ping", null));
  }

  /** Verifies that a client close is answered with 1000, whatever code the client sent. */
  @Test
  void closeHandshakeIsAnsweredWith1000() {
    ws.await("server.time");
    assertEquals(1000, ws.closeHandshake(1000).code());
    try (TadaSocket other = member.ws(team)) {
      other.await("server.time");
      assertEquals(1000, other.closeHandshake(4000).code());
    }
  }

  private static String message(JsonNode warning) {
    return warning.path("params").path("message").asText();
  }
}

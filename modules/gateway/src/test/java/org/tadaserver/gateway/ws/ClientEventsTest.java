package org.tadaserver.gateway.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.Wire;

/** Client events over a real socket: the confirm flow, and every kind of bad input answered by server.warning. */
class ClientEventsTest {
  private static WsFixture fixture;
  private WsProbe probe;

  @BeforeAll
  static void start() {
    fixture = new WsFixture();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @BeforeEach
  void connect() {
    UUID team = UUID.randomUUID();
    probe = fixture.connect(team, fixture.member(team));
    probe.expect("server.time");
  }

  @AfterEach
  void onlyTextFrames() {
    assertEquals(0, probe.binaryMessages(), "the server sends text frames only");
  }

  /** Verifies that client.ping (no params) is answered by server.confirm with the same id and nothing else. */
  @Test
  void pingIsConfirmed() {
    probe.send("{\"event\":\"client.ping\",\"confirm_id\":\"p1\"}");
    JsonNode confirm = probe.expect("server.confirm");
    assertEquals("p1", confirm.path("params").path("confirm_id").asText());
    assertTrue(confirm.path("confirm_id").isMissingNode(), "the confirm has no confirm_id of its own");
    probe.expectNothing(200);
  }

  /** Verifies that binary frames carry JSON events like text frames (tdclient sends binary). */
  @Test
  void binaryFramesAreEvents() {
    probe.sendBinary("{\"event\":\"client.ping\",\"confirm_id\":\"bin\"}");
    assertEquals("bin", probe.expect("server.confirm").path("params").path("confirm_id").asText());
  }

  /** Verifies that an event without a confirm_id (or an empty one) gets no confirm. */
  @Test
  void noConfirmWithoutConfirmId() {
    probe.send("{\"event\":\"client.ping\"}");
    probe.send("{\"event\":\"client.ping\",\"confirm_id\":\"\"}");
    probe.expectNothing(300);
  }

  /** Verifies that client.confirm is accepted quietly: no warning, no confirm, even with a top-level confirm_id. */
  @Test
  void clientConfirmIsNeverAnswered() {
    probe.send("{\"event\":\"client.confirm\",\"params\":{\"confirm_id\":\"srv-1\"}}");
    probe.send("{\"event\":\"client.confirm\",\"params\":{\"confirm_id\":\"srv-2\"},\"confirm_id\":\"c\"}");
    probe.expectNothing(300);
    probe.roundTrip("still-open");
  }

  /** Verifies that a client.confirm without, or with a numeric, params.confirm_id is reported but not confirmed. */
  @Test
  void malformedClientConfirmIsWarned() {
    probe.send("{\"event\":\"client.confirm\",\"params\":{},\"confirm_id\":\"c1\"}");
    assertEquals("client.confirm: params.confirm_id is required", warningMessage());
    probe.send("{\"event\":\"client.confirm\",\"params\":{\"confirm_id\":7}}");
    assertEquals("client.confirm: params.confirm_id must be a string", warningMessage());
    probe.expectNothing(200);
  }

  /** Verifies the seed's example: an unknown event is warned with the original event, then confirmed. */
  @Test
  void unknownEventIsWarnedThenConfirmed() {
    String sent = "{\"event\":\"client.deeeeeaddddbeeeeeef\",\"confirm_id\":\"c6280a82ed1c\"}";
    probe.send(sent);
    JsonNode warning = probe.expect("server.warning");
    assertEquals("unknown event: client.deeeeeaddddbeeeeeef", warning.path("params").path("message").asText());
    assertEquals(json(sent), warning.path("params").path("orig"));
    assertEquals("c6280a82ed1c", probe.expect("server.confirm").path("params").path("confirm_id").asText());
    probe.roundTrip("after-unknown");
  }

  /** Verifies that a protocol event without a handler yet says so, and is confirmed. */
  @Test
  void eventOfLaterFeatureIsNotSupportedYet() {
    probe.send("{\"event\":\"client.call.leave\",\"params\":{\"jid\":\"g-1\"},\"confirm_id\":\"a1\"}");
    assertEquals("not supported yet: client.call.leave", warningMessage());
    probe.expect("server.confirm");
  }

  /** Verifies that text that is not JSON is echoed as a string orig, and the socket stays usable. */
  @Test
  void malformedJsonIsWarned() {
    probe.send("{\"event\": client.ping");
    JsonNode warning = probe.expect("server.warning");
    assertTrue(warning.path("params").path("message").asText().startsWith("malformed JSON"), warning::toString);
    assertEquals("{\"event\": client.ping", warning.path("params").path("orig").asText());
    probe.send("{\"event\":\"client.ping\"} trailing");
    assertTrue(warningMessage().startsWith("malformed JSON"));
    probe.roundTrip("after-malformed");
  }

  /** Verifies the shapes that parse as JSON but are not events. */
  @Test
  void wrongShapesAreWarned() {
    probe.send("[1,2]");
    assertEquals("an event must be a JSON object", warningMessage());
    probe.send("{\"params\":{}}");
    assertEquals("missing event", warningMessage());
    probe.send("{\"event\":5}");
    assertEquals("event must be a string", warningMessage());
    probe.send("{\"event\":\"client.activity\",\"params\":[true],\"confirm_id\":\"s1\"}");
    assertEquals("client.activity: params must be an object", warningMessage());
    assertEquals("s1", probe.expect("server.confirm").path("params").path("confirm_id").asText());
    probe.roundTrip("after-shapes");
  }

  /** Verifies that a numeric confirm_id is a wrong type: warned, not run, not confirmed; the socket stays usable. */
  @Test
  void numericConfirmIdIsWarned() {
    String sent = "{\"event\":\"client.ping\",\"confirm_id\":12345}";
    probe.send(sent);
    JsonNode warning = probe.expect("server.warning");
    assertEquals("confirm_id must be a string", warning.path("params").path("message").asText());
    assertEquals(json(sent), warning.path("params").path("orig"));
    probe.expectNothing(200);
    probe.roundTrip("after-numeric");
  }

  /** Verifies that confirms of pipelined events all arrive, in order for synchronous handlers. */
  @Test
  void pipelinedEventsAreAllConfirmed() {
    for (int i = 0; i < 1000; i++) {
      probe.send("{\"event\":\"client.ping\",\"confirm_id\":\"n" + i + "\"}");
    }
    for (int i = 0; i < 1000; i++) {
      assertEquals("n" + i, probe.expect("server.confirm").path("params").path("confirm_id").asText());
    }
  }

  private String warningMessage() {
    return probe.expect("server.warning").path("params").path("message").asText();
  }

  private static JsonNode json(String text) {
    try {
      return Wire.mapper().readTree(text);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}

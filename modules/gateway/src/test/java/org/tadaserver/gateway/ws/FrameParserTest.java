package org.tadaserver.gateway.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.event.ClientConfirm;

/** Parsing of one message into a client event, and the warning text and orig of each way it can fail. */
class FrameParserTest {

  /** Verifies that a ping without params parses with a null params object and its confirm id. */
  @Test
  void pingWithoutParams() {
    ClientEvent event = parse("{\"event\":\"client.ping\",\"confirm_id\":\"x1\"}");
    assertEquals("client.ping", event.name());
    assertNull(event.params());
    assertEquals("x1", event.confirmId());
    assertTrue(event.wantsConfirm());
  }

  /** Verifies that params decode into the protocol record and unknown keys are ignored. */
  @Test
  void paramsDecodeIntoRecords() {
    ClientEvent event = parse("{\"event\":\"client.confirm\",\"params\":{\"confirm_id\":\"s\",\"extra\":1}}");
    assertEquals(new ClientConfirm("s"), event.params(ClientConfirm.class));
    assertEquals("s", event.requiredString("confirm_id"));
    assertTrue(!event.wantsConfirm());
  }

  /** Verifies that non-ASCII UTF-8 survives. */
  @Test
  void utf8() {
    ClientEvent event = parse("{\"event\":\"client.ping\",\"confirm_id\":\"привет-✓\"}");
    assertEquals("привет-✓", event.confirmId());
  }

  /** Verifies the rejection of malformed JSON, echoing the raw text. */
  @Test
  void malformedJson() {
    FrameParser.Rejected rejected = reject("{\"event\":");
    assertTrue(rejected.getMessage().startsWith("malformed JSON: "), rejected.getMessage());
    assertEquals("{\"event\":", rejected.orig().asText());
    assertTrue(reject("").getMessage().startsWith("an event must be a JSON object")
        || reject("").getMessage().startsWith("malformed JSON"));
    assertTrue(reject("{} {}").getMessage().startsWith("malformed JSON"), "trailing tokens");
  }

  /** Verifies the shape checks, and that a string confirm id survives a rejection (so it can still be confirmed). */
  @Test
  void shapes() {
    assertEquals("an event must be a JSON object", reject("\"client.ping\"").getMessage());
    assertEquals("missing event", reject("{\"confirm_id\":\"c\"}").getMessage());
    assertEquals("c", reject("{\"confirm_id\":\"c\"}").confirmId());
    assertEquals("missing event", reject("{\"event\":\"\"}").getMessage());
    assertEquals("event must be a string", reject("{\"event\":[]}").getMessage());
    assertEquals("client.ping: params must be an object", reject("{\"event\":\"client.ping\",\"params\":1}").getMessage());
  }

  /** Verifies that a confirm_id that is not a string rejects the event and leaves nothing to confirm. */
  @Test
  void confirmIdMustBeAString() {
    for (String id : new String[] {"1", "1.5", "true", "{}", "[\"a\"]"}) {
      FrameParser.Rejected rejected = reject("{\"event\":\"client.ping\",\"confirm_id\":" + id + "}");
      assertEquals("confirm_id must be a string", rejected.getMessage());
      assertNull(rejected.confirmId());
      assertEquals("client.ping", rejected.orig().path("event").asText());
    }
  }

  /** Verifies that a wrongly typed param is reported by requiredString, and a missing one too. */
  @Test
  void requiredString() {
    ClientEvent event = parse("{\"event\":\"client.confirm\",\"params\":{\"confirm_id\":5}}");
    InvalidEventException wrong = assertThrows(InvalidEventException.class, () -> event.requiredString("confirm_id"));
    assertEquals("client.confirm: params.confirm_id must be a string", wrong.getMessage());
    ClientEvent none = parse("{\"event\":\"client.confirm\"}");
    assertEquals("client.confirm: params.confirm_id is required",
        assertThrows(InvalidEventException.class, () -> none.requiredString("confirm_id")).getMessage());
  }

  private static ClientEvent parse(String text) {
    return FrameParser.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  private static FrameParser.Rejected reject(String text) {
    return assertThrows(FrameParser.Rejected.class, () -> parse(text));
  }
}

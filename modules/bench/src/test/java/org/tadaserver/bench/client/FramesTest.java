package org.tadaserver.bench.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class FramesTest {
  @Test
  void aMessageEventIsTheProtocolsJson() {
    JsonObject event = new JsonObject(Frames.message("d-abc", "5c1b3a3e-0000-4000-8000-000000000001", "12 xx", "3"));
    assertEquals("client.message.updated", event.getString("event"));
    assertEquals("3", event.getString("confirm_id"));
    JsonObject params = event.getJsonObject("params");
    assertEquals("d-abc", params.getString("to"));
    assertEquals("5c1b3a3e-0000-4000-8000-000000000001", params.getString("message_id"));
    assertEquals(new JsonObject().put("type", "plain").put("text", "12 xx"), params.getJsonObject("content"));
    JsonObject confirm = new JsonObject(Frames.confirm("srv-1"));
    assertEquals("client.confirm", confirm.getString("event"));
    assertEquals("srv-1", confirm.getJsonObject("params").getString("confirm_id"));
  }

  @Test
  void theTextCarriesTheSendTimeAndHasTheRequestedSize() {
    String text = Frames.text(-123456789L, 64);
    assertEquals(64, text.length());
    assertEquals(-123456789L, Frames.sentNanos(text));
    assertEquals(5L, Frames.sentNanos(Frames.text(5, 1)));
    assertEquals(-1, Frames.sentNanos("hello world"));
    assertEquals(-1, Frames.sentNanos(null));
  }

  @Test
  void valuesThatNeedEscapingAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Frames.checkPlain("a\"b"));
    assertThrows(IllegalArgumentException.class, () -> Frames.checkPlain("a\\b"));
    assertThrows(IllegalArgumentException.class, () -> Frames.checkPlain("a\nb"));
    assertThrows(IllegalArgumentException.class, () -> Frames.confirm("é"));
    assertThrows(IllegalArgumentException.class, () -> new BenchUser("u", "d-\"x", "t"));
  }

  @Test
  void nodeUrlsParse() {
    assertEquals(new NodeUrl("127.0.0.1", 8000), NodeUrl.parse("http://127.0.0.1:8000"));
    assertEquals(new NodeUrl("127.0.0.1", 8001), NodeUrl.parse("ws://127.0.0.1:8001/messaging/x"));
    assertEquals(new NodeUrl("localhost", 9), NodeUrl.parse("localhost:9"));
    assertThrows(IllegalArgumentException.class, () -> NodeUrl.parse("http://127.0.0.1"));
  }
}

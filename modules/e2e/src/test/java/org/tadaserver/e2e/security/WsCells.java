package org.tadaserver.e2e.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Wire;
import org.tadaserver.testkit.client.TadaSocket;
import org.tadaserver.testkit.client.UpgradeRefused;

/**
 * Runs the WebSocket cells. A caller without a valid token tries to open a session and must be refused; any other
 * sends the event on its acting session, and the answer is whether a {@code server.warning} about it came before its
 * {@code server.confirm}. A refusal of something the caller may not see must read like a "not found" and equal the
 * warning for a made-up id, ids aside; a refusal of something visible must not read like one.
 */
final class WsCells {
  private final World world;
  private final Sessions sessions;

  WsCells(World world, Sessions sessions) {
    this.world = world;
    this.sessions = sessions;
  }

  void check(WsRow row, Kind kind) {
    Expect expect = row.expect(kind);
    if (kind.tokenless()) {
      UpgradeRefused refused = assertThrows(UpgradeRefused.class, () -> world.as(kind).ws(world.team()).close());
      assertEquals(expect.error().code(), refused.error(), refused.response()::toString);
      assertEquals(expect.status(), refused.status());
      return;
    }
    Objects objects = row.destructive() && expect.allowed() ? world.fresh() : world.main();
    String what = row.label() + " as " + kind;
    String warning = send(row, kind, objects, null);
    if (expect.allowed()) {
      assertNull(warning, what);
      return;
    }
    assertNotNull(warning, what + ": no warning");
    assertFalse(warning.isBlank(), what);
    if (row.policy() == Policy.DISABLED) {
      return;
    }
    boolean notFound = warning.contains("not found");
    assertEquals(expect.error() == ApiError.NOT_FOUND, notFound, what + ": " + warning);
    if (notFound && row.subject() != null) {
      String unknown = send(row, kind, objects, row.subject());
      assertEquals(Answers.normalized(String.valueOf(unknown)), Answers.normalized(warning),
          what + ": the warnings for a foreign and an unknown " + row.subject() + " differ");
    }
  }

  /** Sends the row's event; returns the message of the warning it got, or null when it got none. */
  private String send(WsRow row, Kind kind, Objects objects, Ref unknown) {
    TadaSocket ws = sessions.acting(kind);
    JsonNode params = row.params() == null ? null : parse(objects.fill(row.params(), kind, unknown));
    String confirmId = ws.send(row.event(), params);
    String awaited = row.event().equals("client.confirm") ? ws.send("client.ping", null) : confirmId;
    ws.awaitConfirm(awaited);
    for (JsonNode event : ws.received()) {
      JsonNode orig = event.path("params").path("orig");
      if (event.path("event").asText().equals("server.warning")
          && confirmId.equals(orig.path("confirm_id").asText())) {
        assertTrue(row.event().equals(orig.path("event").asText()), event::toString);
        return event.path("params").path("message").asText();
      }
    }
    return null;
  }

  private static JsonNode parse(String json) {
    try {
      return Wire.mapper().readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException("bad params in the table: " + json, e);
    }
  }
}

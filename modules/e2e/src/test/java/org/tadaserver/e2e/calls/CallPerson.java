package org.tadaserver.e2e.calls;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.client.TadaSocket;

/** A user of one team with a REST client, and helpers to open a session and drive calls over it. */
record CallPerson(String username, UUID user, String jid, UUID team, TadaClient client) {
  static final Duration WAIT = TadaSocket.DEFAULT_WAIT;

  /** A new session in the team, past its first event ({@code server.time}). */
  TadaSocket ws() {
    TadaSocket ws = client.ws(team);
    ws.await("server.time");
    return ws;
  }

  /** Creates a group with this person as admin and the others as members; its JID. */
  String group(String title, CallPerson... members) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("display_name", title);
    body.put("members", java.util.Arrays.stream(members).map(p -> Map.of("jid", p.jid(), "status", "member")).toList());
    return client.post("/api/v4/teams/" + team + "/groups", body).result().path("jid").asText();
  }

  /** Sends {@code client.call.offer} for {@code chat} and returns the {@code server.call.sdp} answer's params. */
  static JsonNode offer(TadaSocket ws, String chat) {
    ws.send("client.call.offer", Map.of("jid", chat, "sdp", Sdps.audioOffer(), "trickle", false,
        "enabled_audio", true, "call_type", "audio"));
    return ws.await("server.call.sdp", e -> e.path("params").path("jid").asText().equals(chat), WAIT)
        .path("params");
  }

  /** The next {@code server.call.state} about {@code chat} that matches. */
  static JsonNode state(TadaSocket ws, String chat, java.util.function.Predicate<JsonNode> match) {
    return ws.await("server.call.state", e -> e.path("params").path("jid").asText().equals(chat)
        && match.test(e.path("params")), WAIT).path("params");
  }

  /** The warning a bad call event gets; its message. */
  static String warned(TadaSocket ws, String event, Object params) {
    String confirm = ws.send(event, params);
    JsonNode warning = ws.awaitWarning();
    ws.awaitConfirm(confirm);
    return warning.path("params").path("message").asText();
  }
}

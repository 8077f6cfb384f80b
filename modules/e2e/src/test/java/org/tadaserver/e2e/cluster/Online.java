package org.tadaserver.e2e.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.Predicate;
import org.tadaserver.testkit.client.TadaSocket;

/** Waiting for {@code server.online} lists in tests. */
final class Online {
  private Online() {}

  /** The contact entry for {@code jid} in a server.online event, or a missing node. */
  static JsonNode entry(JsonNode online, String jid) {
    for (JsonNode c : online.path("params").path("contacts")) {
      if (jid.equals(c.path("jid").asText())) {
        return c;
      }
    }
    return online.path("params").path("no-such-contact");
  }

  static boolean has(JsonNode online, String jid) {
    return !entry(online, jid).isMissingNode();
  }

  /** The first pending server.online that satisfies {@code match}. */
  static JsonNode await(TadaSocket ws, Predicate<JsonNode> match, Duration timeout) {
    return ws.await("server.online", match, timeout);
  }

  static JsonNode awaitWith(TadaSocket ws, String jid, Predicate<JsonNode> entry, Duration timeout) {
    return await(ws, e -> has(e, jid) && entry.test(entry(e, jid)), timeout);
  }

  /**
   * Like {@link #awaitWith}, but only among lists that arrive from now on: older lists still pending (presence sends
   * one every interval) would otherwise satisfy a wait for a state the contact had before.
   */
  static JsonNode awaitNext(TadaSocket ws, String jid, Predicate<JsonNode> entry, Duration timeout) {
    ws.drain();
    return awaitWith(ws, jid, entry, timeout);
  }

  /**
   * The first pending list without {@code jid}; to see a contact leave, {@link TadaSocket#drain} the socket right
   * before the cause, or a list from before the contact came would do.
   */
  static JsonNode awaitWithout(TadaSocket ws, String jid, Duration timeout) {
    return await(ws, e -> !has(e, jid), timeout);
  }
}

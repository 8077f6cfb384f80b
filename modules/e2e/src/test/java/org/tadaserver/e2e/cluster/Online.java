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

  static JsonNode awaitWithout(TadaSocket ws, String jid, Duration timeout) {
    return await(ws, e -> !has(e, jid), timeout);
  }
}

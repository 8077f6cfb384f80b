package org.tadaserver.e2e.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.tadaserver.testkit.client.TadaSocket;

/** Protocol steps the chat tests repeat: sending a message over a socket, and waiting for what it causes. */
final class Steps {
  static final Duration WAIT = TadaSocket.DEFAULT_WAIT;
  static final Duration QUIET = Duration.ofMillis(700);

  private Steps() {}

  /** {@code client.message.updated} params with a plain text and the given id (null leaves it out). */
  static Map<String, Object> message(String to, String id, String text) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("to", to);
    if (id != null) {
      params.put("message_id", id);
    }
    params.put("content", Map.of("type", "plain", "text", text));
    return params;
  }

  /** Sends a new message with a fresh id, waits for its confirm (no warning before it), and returns the id. */
  static String send(TadaSocket ws, String to, String text) {
    String id = UUID.randomUUID().toString();
    String confirm = ws.send("client.message.updated", message(to, id, text));
    ws.awaitConfirm(confirm);
    ws.expectNone("server.warning", Duration.ZERO);
    return id;
  }

  /** The next {@code server.message.updated} about message {@code id}. */
  static JsonNode updated(TadaSocket ws, String id) {
    return updated(ws, id, m -> true);
  }

  /** The next {@code server.message.updated} about message {@code id} whose message also matches. */
  static JsonNode updated(TadaSocket ws, String id, Predicate<JsonNode> match) {
    return ws.await("server.message.updated", e -> {
      JsonNode m = e.path("params").path("messages").path(0);
      return id.equals(m.path("message_id").asText()) && match.test(m);
    }, WAIT).path("params");
  }

  /**
   * Waits {@code wait}, then takes every pending event and fails if one is a {@code server.message.updated} about
   * message {@code id}. Events about other messages may be pending, which {@link TadaSocket#expectNone} would not
   * allow.
   */
  static void noUpdateOf(TadaSocket ws, String id, Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (JsonNode e : ws.drain()) {
      boolean about = "server.message.updated".equals(e.path("event").asText())
          && id.equals(e.path("params").path("messages").path(0).path("message_id").asText());
      if (about) {
        throw new AssertionError("unexpected " + e);
      }
    }
  }

  /** The next event of that name about chat {@code jid} (its {@code params.jid} or one of its {@code params.chats}). */
  static JsonNode aboutChat(TadaSocket ws, String event, String jid) {
    return ws.await(event, e -> {
      JsonNode p = e.path("params");
      if (jid.equals(p.path("jid").asText())) {
        return true;
      }
      for (JsonNode c : p.path("chats")) {
        if (jid.equals(c.path("jid").asText())) {
          return true;
        }
      }
      return false;
    }, WAIT).path("params");
  }

  /** The warning a bad event gets, then its confirm; returns the warning's message. */
  static String warned(TadaSocket ws, String confirmId) {
    JsonNode warning = ws.awaitWarning();
    ws.awaitConfirm(confirmId);
    assertEquals(confirmId, warning.path("params").path("orig").path("confirm_id").asText(), warning::toString);
    return warning.path("params").path("message").asText();
  }

  /** Polls {@code condition} every 100 ms for up to {@link #WAIT}; fails with {@code what} if it never holds. */
  static void eventually(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + WAIT + ": " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** The first message of an event's params. */
  static JsonNode first(JsonNode params) {
    return params.path("messages").path(0);
  }

  /** Creates a group over REST with {@code admin} as its admin and the others as members; returns its JID. */
  static String group(Person admin, String title, Person... members) {
    return group(admin, Map.of("display_name", title), members);
  }

  /** Creates a group from {@code fields} (a {@code tdapi.Group} body) plus the members; returns its JID. */
  static String group(Person admin, Map<String, Object> fields, Person... members) {
    Map<String, Object> body = new LinkedHashMap<>(fields);
    List<Map<String, String>> listed = new ArrayList<>();
    for (Person p : members) {
      listed.add(Map.of("jid", p.jid(), "status", "member"));
    }
    body.put("members", listed);
    return admin.post("/groups", body).result().path("jid").asText();
  }
}

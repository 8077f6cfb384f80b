package org.tadaserver.e2e.chats;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Sends many messages from one socket with a window of unconfirmed ones in flight (a client that pipelines), taking
 * the socket's events as they come so its pending list stays short. Every event other than the confirms of its own
 * sends is handed to a consumer. Any {@code server.warning} fails the run; so does the deadline.
 */
final class Flood {
  private Flood() {}

  /**
   * Sends {@code count} messages, the i-th to {@code to.apply(i)} with text {@code text.apply(i)}; returns their ids in
   * send order once every one is confirmed.
   */
  static List<String> send(TadaSocket ws, int count, int window, IntFunction<String> to, IntFunction<String> text,
      Consumer<JsonNode> others, Duration deadline) {
    long end = System.nanoTime() + deadline.toNanos();
    List<String> ids = new ArrayList<>(count);
    Map<String, Integer> outstanding = new HashMap<>();
    int sent = 0;
    while (sent < count || !outstanding.isEmpty()) {
      while (sent < count && outstanding.size() < window) {
        String id = UUID.randomUUID().toString();
        ids.add(id);
        outstanding.put(ws.send("client.message.updated", Steps.message(to.apply(sent), id, text.apply(sent))), sent);
        sent++;
      }
      List<JsonNode> events = ws.drain();
      for (JsonNode e : events) {
        String name = e.path("event").asText();
        if (name.equals("server.confirm") && outstanding.remove(e.path("params").path("confirm_id").asText()) != null) {
          continue;
        }
        if (name.equals("server.warning")) {
          throw new AssertionError("a send was refused: " + e);
        }
        others.accept(e);
      }
      if (System.nanoTime() > end) {
        throw new AssertionError("flood not done within " + deadline + ": " + sent + " sent, " + outstanding.size()
            + " unconfirmed");
      }
      if (events.isEmpty()) {
        pause();
      }
    }
    return ids;
  }

  private static void pause() {
    try {
      Thread.sleep(2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}

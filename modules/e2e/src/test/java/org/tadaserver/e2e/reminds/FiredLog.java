package org.tadaserver.e2e.reminds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * The {@code server.remind.fired} deliveries one session received, with the time each was seen. A thread polls the
 * socket's inbox every few milliseconds, so a recorded time is at most that much after the real arrival.
 */
final class FiredLog implements AutoCloseable {
  private static final long POLL_MS = 5;
  private final TadaSocket socket;
  /** Remind uid to the wall-clock milliseconds of each delivery of it. */
  private final Map<String, List<Long>> seen = new ConcurrentHashMap<>();
  private final Thread poller;
  private volatile boolean stopped;
  private int consumed;

  FiredLog(TadaSocket socket) {
    this.socket = socket;
    this.poller = new Thread(this::poll, "fired-log");
    poller.setDaemon(true);
    poller.start();
  }

  /** Remind uid to the times it was delivered (more than one means a duplicate). */
  Map<String, List<Long>> deliveries() {
    return Map.copyOf(seen);
  }

  private void poll() {
    while (!stopped) {
      List<JsonNode> all = socket.received();
      long now = System.currentTimeMillis();
      for (int i = consumed; i < all.size(); i++) {
        JsonNode e = all.get(i);
        if ("server.remind.fired".equals(e.path("event").asText())) {
          for (JsonNode r : e.path("params").path("reminds")) {
            seen.computeIfAbsent(r.path("uid").asText(), k -> new ArrayList<>()).add(now);
          }
        }
      }
      consumed = all.size();
      try {
        Thread.sleep(POLL_MS);
      } catch (InterruptedException ex) {
        return;
      }
    }
  }

  @Override
  public void close() {
    stopped = true;
    poller.interrupt();
  }
}

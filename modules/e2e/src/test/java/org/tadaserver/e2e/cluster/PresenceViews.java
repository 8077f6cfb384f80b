package org.tadaserver.e2e.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * One watching session per node of a team, each also a member others should see: presence is whole when every open
 * watcher's next {@code server.online} lists exactly the watchers whose sockets are open (no node's view lags or
 * keeps a ghost).
 */
final class PresenceViews {
  private final Map<String, TadaSocket> watchers;

  /** @param watchers the watchers' sockets by contact jid */
  PresenceViews(Map<String, TadaSocket> watchers) {
    this.watchers = watchers;
  }

  /**
   * Waits until the views agree.
   *
   * @return the views of the last round, by watcher jid, when they agree
   * @throws AssertionError with the last round's views when they do not agree within {@code limit}
   */
  Map<String, Set<String>> awaitAgreement(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    Map<String, Set<String>> views = Map.of();
    while (System.nanoTime() < deadline) {
      views = round();
      Set<String> open = openJids();
      if (!views.isEmpty() && views.values().stream().allMatch(open::equals)) {
        return views;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("presence views disagree after " + limit + ": open " + openJids() + ", views " + views);
  }

  /** The next list each open watcher gets (presence sends one at least every online interval). */
  private Map<String, Set<String>> round() {
    Map<String, Set<String>> views = new TreeMap<>();
    for (Map.Entry<String, TadaSocket> w : watchers.entrySet()) {
      if (!w.getValue().isOpen()) {
        continue;
      }
      w.getValue().drain();
      try {
        JsonNode online = Online.await(w.getValue(), e -> true, Duration.ofSeconds(10));
        Set<String> seen = new TreeSet<>();
        for (JsonNode c : online.path("params").path("contacts")) {
          if (watchers.containsKey(c.path("jid").asText())) {
            seen.add(c.path("jid").asText());
          }
        }
        views.put(w.getKey(), seen);
      } catch (RuntimeException | AssertionError e) {
        views.put(w.getKey(), Set.of("<no list: " + e.getMessage() + ">"));
      }
    }
    return views;
  }

  private Set<String> openJids() {
    List<String> open = new ArrayList<>();
    watchers.forEach((jid, ws) -> {
      if (ws.isOpen()) {
        open.add(jid);
      }
    });
    return new TreeSet<>(open);
  }
}

package org.tadaserver.bench.relay;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** The relay's whole state, shared by its event loops: open sessions by JID and group members by group JID. */
final class RelayState {
  /**
   * An open socket and the event loop it belongs to. Writes from another loop are handed to that loop, so that each
   * socket is only ever written from its own thread, in order.
   */
  record Session(ServerWebSocket ws, Context context) {
    void send(String text) {
      if (Vertx.currentContext() == context) {
        ws.writeTextMessage(text);
      } else {
        context.runOnContext(v -> ws.writeTextMessage(text));
      }
    }
  }

  private final Map<String, List<Session>> sessions = new ConcurrentHashMap<>();
  private final Map<String, List<String>> groups = new ConcurrentHashMap<>();
  private final AtomicLong clock = new AtomicLong(System.currentTimeMillis() * 1_000_000L);

  void join(String jid, Session session) {
    sessions.computeIfAbsent(jid, k -> new CopyOnWriteArrayList<>()).add(session);
  }

  void leave(String jid, Session session) {
    sessions.computeIfPresent(jid, (k, list) -> {
      list.remove(session);
      return list.isEmpty() ? null : list;
    });
  }

  List<Session> sessionsOf(String jid) {
    return sessions.getOrDefault(jid, List.of());
  }

  void group(String jid, List<String> members) {
    groups.put(jid, List.copyOf(members));
  }

  /** The members of a group JID, or null when {@code to} is not a known group. */
  List<String> members(String to) {
    return groups.get(to);
  }

  /** A strictly increasing nanosecond stamp, like the server's gentime. */
  long gentime() {
    return clock.incrementAndGet();
  }

  int sessionCount() {
    return sessions.values().stream().mapToInt(List::size).sum();
  }
}

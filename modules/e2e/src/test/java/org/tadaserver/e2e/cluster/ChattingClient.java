package org.tadaserver.e2e.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.client.CloseStatus;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * A member that keeps writing to one chat at a steady pace through node failures, the way a real client does: when
 * its socket goes it reconnects (to whatever {@code baseUrl} gives next: a load balancer, or another node), subscribes
 * first and then fetches what it missed ({@code gentime_from}), and resends an unconfirmed message with the same
 * {@code message_id}. It records what was confirmed, what it received, and every error a user could notice.
 */
final class ChattingClient implements AutoCloseable {
  private static final Duration CONFIRM_WAIT = Duration.ofSeconds(10);
  private static final long RECONNECT_FOR_MS = 30_000;
  /** How {@link #errors()} begins an attempt to (re)connect that failed; the client tries again. */
  static final String FAILED_CONNECT = "connect to ";
  private final String name;
  private final Supplier<String> baseUrl;
  private final String token;
  private final UUID team;
  private final String chat;
  private final Duration patience;
  private final Set<String> confirmed = ConcurrentHashMap.newKeySet();
  private final Set<String> attempted = ConcurrentHashMap.newKeySet();
  private final Set<String> received = ConcurrentHashMap.newKeySet();
  /** Live deliveries ({@code server.message.updated}) per message id; a catch-up fetch is a merge and not counted. */
  private final Map<String, Integer> live = new ConcurrentHashMap<>();
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  private final List<Integer> closeCodes = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, String> warnings = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger resends = new java.util.concurrent.atomic.AtomicInteger();
  private volatile boolean stopping;
  private Thread thread;
  private TadaSocket ws;
  private long lastGentime;
  private int reconnects;

  ChattingClient(String name, Supplier<String> baseUrl, String token, UUID team, String chat) {
    this(name, baseUrl, token, team, chat, Duration.ZERO);
  }

  /**
   * A client that keeps sending one message until it is confirmed for up to {@code patience} (zero: five attempts),
   * as a user whose message shows "not sent yet" would, e.g. through a database outage.
   */
  ChattingClient(String name, Supplier<String> baseUrl, String token, UUID team, String chat, Duration patience) {
    this.patience = patience;
    this.name = name;
    this.baseUrl = baseUrl;
    this.token = token;
    this.team = team;
    this.chat = chat;
  }

  /** Connects (failing the caller if it cannot) and starts writing a message every {@code every}. */
  void start(Duration every) {
    connect();
    thread = new Thread(() -> run(every), "chatting-" + name);
    thread.setDaemon(true);
    thread.start();
  }

  private void run(Duration every) {
    int seq = 0;
    while (!stopping) {
      String id = UUID.randomUUID().toString();
      attempted.add(id);
      deliver(id, name + " #" + seq++);
      collect();
      sleep(every.toMillis());
    }
  }

  /** Sends until confirmed, reconnecting and resending the same message id when the socket goes. */
  private void deliver(String id, String text) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("to", chat);
    params.put("message_id", id);
    params.put("content", Map.of("type", "plain", "text", text));
    long giveUpAt = System.nanoTime() + patience.toNanos();
    for (int attempt = 0; attempt < 5 || System.nanoTime() < giveUpAt; attempt++) {
      if (ws == null || !ws.isOpen()) {
        reconnect();
      }
      try {
        String confirmId = ws.send("client.message.updated", params);
        ws.awaitConfirm(confirmId);
        collect(); // a refusal comes as server.warning just before the confirm
        String refusal = warnings.remove(confirmId);
        if (refusal == null) {
          confirmed.add(id);
          return;
        }
        errors.add("send of " + id + " refused: " + refusal);
        sleep(patience.isZero() ? 200 : 500);
      } catch (RuntimeException | AssertionError e) {
        if (ws.isOpen()) {
          // a server that neither answers nor closes (a frozen node): give the socket up, as a client's ping
          // timeout would, and resend through a new connection
          errors.add("no confirm on an open socket for " + id + ": " + e.getMessage());
          ws.close();
          resends.incrementAndGet();
        } else {
          resends.incrementAndGet(); // the protocol's own remedy: the same message_id again after reconnecting
        }
      }
    }
    errors.add("gave up on " + id);
  }

  private void reconnect() {
    if (ws != null) {
      CloseStatus status = ws.awaitClosed(Duration.ofSeconds(5));
      closeCodes.add(status.code());
      if (status.code() != 1000 && status.code() != 1001) {
        errors.add("socket lost without a close frame (" + status.code() + ")");
      }
      ws.close();
    }
    reconnects++;
    connect();
  }

  /** Subscribes first (the socket), then fetches every change since the last one seen: nothing falls between. */
  private void connect() {
    long deadline = System.currentTimeMillis() + Math.max(RECONNECT_FOR_MS, patience.toMillis());
    while (true) {
      String url = baseUrl.get();
      try {
        ws = TadaClient.of(url).withToken(token).ws(team);
        ws.await("server.time");
        catchUp(url);
        return;
      } catch (RuntimeException | AssertionError e) {
        errors.add(FAILED_CONNECT + url + " failed: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")")
            + " at " + java.time.LocalTime.now());
        if (System.currentTimeMillis() > deadline) {
          throw new IllegalStateException(name + " cannot reconnect", e);
        }
        sleep(200);
      }
    }
  }

  private void catchUp(String url) {
    TadaClient rest = TadaClient.of(url).withToken(token);
    while (true) {
      JsonNode page = rest.get("/api/v4/teams/" + team + "/messages/" + chat + "?limit=200&gentime_from=" + lastGentime)
          .result().path("messages");
      for (JsonNode m : page) {
        seen(m);
      }
      if (page.size() < 200) {
        return;
      }
    }
  }

  /** Takes the message events that arrived. */
  private void collect() {
    if (ws == null) {
      return;
    }
    for (JsonNode e : ws.drain()) {
      if ("server.warning".equals(e.path("event").asText())) {
        String about = e.path("params").path("orig").path("confirm_id").asText("");
        warnings.put(about, e.path("params").path("message").asText());
      } else if ("server.message.updated".equals(e.path("event").asText())) {
        for (JsonNode m : e.path("params").path("messages")) {
          if (chat.equals(m.path("chat").asText()) || m.path("chat").asText().isEmpty()) {
            if (!isSystem(m)) {
              live.merge(m.path("message_id").asText(), 1, Integer::sum);
            }
            seen(m);
          }
        }
      }
    }
  }

  private void seen(JsonNode message) {
    if (!isSystem(message)) {
      received.add(message.path("message_id").asText());
    }
    lastGentime = Math.max(lastGentime, message.path("gentime").asLong());
  }

  /** The group's own notices (created, members changed): nobody sent them. */
  static boolean isSystem(JsonNode message) {
    return "change".equals(message.path("content").path("type").asText());
  }

  /** Stops writing (after the message in hand is confirmed). */
  void stop() throws InterruptedException {
    stopping = true;
    thread.join(60_000);
  }

  /** Takes the events that arrived since (call after every writer stopped and the last events had time to arrive). */
  void collectNow() {
    collect();
  }

  Set<String> confirmed() {
    return Set.copyOf(confirmed);
  }

  /** Message ids it tried to send (a message whose confirm was lost may still have been stored). */
  Set<String> attempted() {
    return Set.copyOf(attempted);
  }

  Set<String> received() {
    return Set.copyOf(received);
  }

  /** How often each message arrived as a live event. */
  Map<String, Integer> liveDeliveries() {
    return Map.copyOf(live);
  }

  List<String> errors() {
    return List.copyOf(errors);
  }

  /** The close codes of the sockets it lost. */
  List<Integer> closeCodes() {
    return List.copyOf(closeCodes);
  }

  /** Messages sent again after a socket closed before their confirm (normal: the server stopped reading). */
  int resends() {
    return resends.get();
  }

  int reconnects() {
    return reconnects;
  }

  String name() {
    return name;
  }

  @Override
  public void close() {
    stopping = true;
    if (ws != null) {
      ws.close();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

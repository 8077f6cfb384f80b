package org.tadaserver.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Two users of another team chatting over their own sessions while the fuzzer runs: they take turns sending a direct
 * message and check that it is confirmed and delivered to the other. At the end, {@link #isolationProblems} lists
 * every frame that mentions the fuzzing side, and {@link #slowdowns} every round that failed and every warning.
 */
final class Bystanders implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private final TadaSocket[] sockets;
  private final String[] jids;
  private final Set<String> sentIds = ConcurrentHashMap.newKeySet();
  private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean stopping;
  private Thread thread;
  private long rounds;
  private long maxRoundMs;
  private long baselineMaxMs;

  Bystanders(TadaSocket a, String jidA, TadaSocket b, String jidB) {
    this.sockets = new TadaSocket[] {a, b};
    this.jids = new String[] {jidA, jidB};
  }

  /** Sends the first messages (their ids are the fuzzer's foreign message ids) and starts the exchange. */
  List<String> start(Duration every) {
    for (int i = 0; i < 4; i++) {
      round(i % 2);
    }
    baselineMaxMs = maxRoundMs;
    maxRoundMs = 0;
    thread = new Thread(() -> {
      for (int i = 0; !stopping; i++) {
        round(i % 2);
        sleep(every);
      }
    }, "bystanders");
    thread.setDaemon(true);
    thread.start();
    return List.copyOf(sentIds);
  }

  private void round(int from) {
    TadaSocket sender = sockets[from];
    TadaSocket receiver = sockets[1 - from];
    String id = UUID.randomUUID().toString();
    sentIds.add(id);
    long start = System.nanoTime();
    try {
      String confirm = sender.send("client.message.updated", Map.of("to", jids[1 - from], "message_id", id,
          "content", Map.of("type", "plain", "text", "bystander " + id)));
      sender.await("server.confirm", e -> confirm.equals(e.path("params").path("confirm_id").asText()), WAIT);
      receiver.await("server.message.updated", e -> e.toString().contains(id), WAIT);
      sender.await("server.message.updated", e -> e.toString().contains(id), WAIT);
      rounds++;
      maxRoundMs = Math.max(maxRoundMs, (System.nanoTime() - start) / 1_000_000);
    } catch (AssertionError e) {
      problems.add("round " + rounds + " failed: " + e.getMessage());
    }
  }

  /**
   * Stops the exchange; then lists every frame either received that names the fuzzing side (its team, its users, a
   * fuzz tag), and a bystander socket that was closed: the isolation the fuzzing must not break.
   */
  List<String> isolationProblems(Set<String> fuzzMarks) {
    stopping = true;
    try {
      thread.join(WAIT.toMillis() * 3);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<String> found = new ArrayList<>();
    for (TadaSocket socket : sockets) {
      for (JsonNode event : socket.received()) {
        String text = event.toString();
        fuzzMarks.stream().filter(text::contains).findFirst()
            .ifPresent(mark -> found.add("bystander got a frame naming " + mark + ": " + text));
      }
      if (!socket.isOpen()) {
        found.add("bystander socket closed");
      }
    }
    return found;
  }

  /**
   * Rounds that failed (no confirm or no delivery within 15 s) and warnings the bystanders got: how much the fuzzing
   * slowed them, as the shared services are (reported, see docs/reliability.md).
   */
  List<String> slowdowns() {
    List<String> found = new ArrayList<>(problems);
    for (TadaSocket socket : sockets) {
      socket.received().stream().filter(e -> e.path("event").asText().equals("server.warning"))
          .forEach(e -> found.add("bystander got a warning: " + e.path("params").path("message").asText()));
    }
    return found;
  }

  long rounds() {
    return rounds;
  }

  /** The slowest of the rounds before the fuzzing started: what this machine gives without it. */
  long baselineMaxMs() {
    return baselineMaxMs;
  }

  long maxRoundMs() {
    return maxRoundMs;
  }

  @Override
  public void close() {
    stopping = true;
    for (TadaSocket socket : sockets) {
      socket.close();
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

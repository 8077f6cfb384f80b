package org.tadaserver.e2e.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.testkit.client.SocketOptions;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * The concurrency test of issue 3: 20 writers, each on its own socket with a window of unconfirmed sends, write 10,000
 * messages, half into one group they all share and half into a direct chat each has with the reader; meanwhile the
 * reader keeps syncing by {@code gentime_gt} / {@code gentime_from}. At the end the reader's copy equals the database,
 * every session got every message of its chats exactly once (the reader's, and each writer's: its own echoes and the
 * others' group messages), and every send was confirmed. Bounded: every wait has a deadline, and the whole run is
 * timed and printed.
 */
class ConcurrencyE2ETest {
  static final int WRITERS = 20;
  static final int PER_WRITER = 500;
  static final int WINDOW = 20;
  static final Duration DEADLINE = Duration.ofSeconds(110);
  static ChatFixture fx;

  @BeforeAll
  static void start() {
    fx = new ChatFixture();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  /** Message ids per session, counted as they arrive in {@code server.message.updated}. */
  static final class Seen {
    final Map<String, Integer> times = new ConcurrentHashMap<>();

    void take(JsonNode event) {
      if (event.path("event").asText().equals("server.message.updated")) {
        times.merge(event.path("params").path("messages").path(0).path("message_id").asText(), 1, Integer::sum);
      }
    }

    List<String> twice() {
      return times.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }
  }

  /** Verifies the acceptance criteria above. */
  @Test
  void twentyWritersAndASyncingReader() throws Exception {
    UUID team = fx.team();
    Person reader = fx.person(team);
    List<Person> writers = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      writers.add(fx.person(team));
    }
    String shared = Steps.group(reader, "Everyone", writers.toArray(Person[]::new));
    List<TadaSocket> sockets = new ArrayList<>();
    List<Seen> seen = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try (TadaSocket rws = reader.ws()) {
      for (Person w : writers) {
        sockets.add(w.ws(SocketOptions.DEFAULT.withAutoConfirm(false)));
        seen.add(new Seen());
      }
      ReaderCopy copy = new ReaderCopy(reader);
      Seen readerSeen = new Seen();
      long start = System.nanoTime();
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int k = 0; k < WRITERS; k++) {
        int w = k;
        runs.add(pool.submit(() -> Flood.send(sockets.get(w), PER_WRITER, WINDOW,
            i -> i % 2 == 0 ? shared : reader.jid(), i -> "w" + w + " #" + i, seen.get(w)::take, DEADLINE)));
      }
      int rounds = 0;
      while (!runs.stream().allMatch(Future::isDone)) {
        copy.sync();
        rws.drain().forEach(readerSeen::take);
        rounds++;
        Thread.sleep(500);
      }
      List<List<String>> sent = new ArrayList<>();
      for (Future<List<String>> run : runs) {
        sent.add(run.get(1, TimeUnit.SECONDS));
      }
      long written = System.nanoTime();
      copy.sync();
      Set<String> all = new HashSet<>();
      sent.forEach(all::addAll);
      assertEquals(WRITERS * PER_WRITER, all.size());

      // Every session gets every message of its chats, once.
      awaitAll(rws, readerSeen, all, all);
      for (int k = 0; k < WRITERS; k++) {
        awaitAll(sockets.get(k), seen.get(k), expectedFor(k, sent), all);
      }
      long delivered = System.nanoTime();

      // The reader's copy equals the database.
      Map<String, Long> database = database(team);
      assertTrue(database.keySet().containsAll(all), "every confirmed message is stored");
      assertEquals(database, copy.messages(), "the reader's copy equals the database");
      System.out.printf("concurrency: %d messages by %d writers written in %d ms, all delivered after %d ms; "
          + "reader: %d sync rounds, %d requests; %d deliveries to writers%n", all.size(), WRITERS,
          (written - start) / 1_000_000, (delivered - start) / 1_000_000, rounds, copy.requests(),
          seen.stream().mapToInt(s -> s.times.size()).sum());
    } finally {
      pool.shutdownNow();
      sockets.forEach(TadaSocket::close);
    }
  }

  /** Writer k's session sees its own messages (echoes) and the other writers' group messages (even positions). */
  private static Set<String> expectedFor(int k, List<List<String>> sent) {
    Set<String> expected = new HashSet<>(sent.get(k));
    for (int other = 0; other < sent.size(); other++) {
      if (other != k) {
        for (int i = 0; i < sent.get(other).size(); i += 2) {
          expected.add(sent.get(other).get(i));
        }
      }
    }
    return expected;
  }

  /**
   * Takes the socket's events until every expected message was seen (bounded), then checks none came twice and none of
   * the writers' messages ({@code written}) reached a session outside its chat. Other messages (the system message of
   * the group's creation, committed just before the sockets opened, may still be on its way) are not counted.
   */
  private static void awaitAll(TadaSocket ws, Seen seen, Set<String> expected, Set<String> written)
      throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!seen.times.keySet().containsAll(expected) && System.nanoTime() < end) {
      ws.drain().forEach(seen::take);
      Thread.sleep(20);
    }
    Thread.sleep(100);
    ws.drain().forEach(seen::take);
    Set<String> missing = new HashSet<>(expected);
    missing.removeAll(seen.times.keySet());
    assertEquals(Set.of(), missing, "messages never delivered to a session");
    assertEquals(List.of(), seen.twice(), "messages delivered twice to a session");
    Set<String> extra = new HashSet<>(seen.times.keySet());
    extra.removeAll(expected);
    extra.retainAll(written);
    assertEquals(Set.of(), extra, "messages of chats the session's user is not in");
  }

  /** Every message of the team as stored: id to gentime. */
  private static Map<String, Long> database(UUID team) throws Exception {
    Map<String, Long> out = new HashMap<>();
    var rows = fx.node.node().database().pool()
        .preparedQuery("SELECT uid::text AS uid, gentime FROM messages WHERE team_uid = $1")
        .execute(Tuple.of(team)).await(30, TimeUnit.SECONDS);
    for (Row r : rows) {
      out.put(r.getString("uid"), r.getLong("gentime"));
    }
    return out;
  }
}

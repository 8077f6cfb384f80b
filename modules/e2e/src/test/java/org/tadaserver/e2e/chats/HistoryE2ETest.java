package org.tadaserver.e2e.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * History over REST on a real node (issue 3, point 4; reference §2.2 row 12, §2.3 MessageFilter): newest first, the
 * cursors, every filter, delta by {@code gentime_from}, and paging through a chat of 10,000 messages that visits each
 * exactly once.
 */
class HistoryE2ETest {
  /** Sockets that write the 10,000 messages together, each with a window of unconfirmed sends. */
  static final int SENDERS = 4;
  static ChatFixture fx;
  static Person anna;
  static Person boris;
  static String group;
  /** The group's 60 messages, oldest first; every fifth important, every third by Boris, "needle" in two. */
  static List<String> ids = new ArrayList<>();
  static List<String> times = new ArrayList<>();

  @BeforeAll
  static void start() {
    fx = new ChatFixture();
    UUID team = fx.team();
    anna = fx.person(team);
    boris = fx.person(team);
    group = Steps.group(anna, "History", boris);
    for (int i = 0; i < 60; i++) {
      Person who = i % 3 == 0 ? boris : anna;
      String text = (i == 17 || i == 42 ? "a NEEDLE in " : "message ") + i;
      JsonNode sent = who.post("/chats/" + group + "/messages", Map.of("text", text, "important", i % 5 == 0))
          .result();
      ids.add(sent.path("message_id").asText());
      times.add(sent.path("created").asText());
    }
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  static List<String> page(String query) {
    List<String> out = new ArrayList<>();
    anna.get("/messages/" + group + query).result().path("messages").forEach(m -> out.add(m.path("message_id")
        .asText()));
    return out;
  }

  /** ids[from..to] newest first. */
  static List<String> span(int from, int to) {
    List<String> out = new ArrayList<>(ids.subList(from, to + 1));
    java.util.Collections.reverse(out);
    return out;
  }

  /** Verifies the cursors: old_from and new_from (exclusive), their _inc forms, around and exact. */
  @Test
  void cursors() {
    assertEquals(span(50, 59), page("?limit=10"));
    assertEquals(span(40, 49), page("?limit=10&old_from=" + ids.get(50)));
    assertEquals(span(41, 50), page("?limit=10&old_from_inc=" + ids.get(50)));
    assertEquals(span(11, 20), page("?limit=10&new_from=" + ids.get(10)));
    assertEquals(span(10, 19), page("?limit=10&new_from_inc=" + ids.get(10)));
    List<String> around = page("?limit=5&around=" + ids.get(30));
    assertEquals(5, around.size());
    assertTrue(around.containsAll(List.of(ids.get(28), ids.get(30), ids.get(32))), around::toString);
    assertEquals(List.of(ids.get(7)), page("?exact=" + ids.get(7)));
    assertEquals(404, anna.get("/messages/" + group + "?old_from=" + UUID.randomUUID()).status());
    assertEquals(422, anna.get("/messages/" + group + "?old_from=not-an-id").status());
  }

  /** Verifies the filters: text, important, sender, dates, and a limit larger than the search limit. */
  @Test
  void filters() {
    assertEquals(List.of(ids.get(42), ids.get(17)), page("?text=needle"));
    List<String> important = page("?important=true");
    assertEquals(12, important.size());
    assertEquals(ids.get(55), important.get(0));
    List<String> byBoris = page("?sender=" + boris.jid());
    assertEquals(20, byBoris.size());
    assertEquals(ids.get(57), byBoris.get(0));
    List<String> dated = page("?date_from=" + times.get(20) + "&date_to=" + times.get(30));
    assertEquals(ids.get(20), dated.get(dated.size() - 1), "date_from is inclusive");
    assertFalse(dated.contains(ids.get(30)), "date_to is exclusive");
    assertFalse(dated.contains(ids.get(19)));
    assertEquals(61, page("?limit=1000").size(), "a limit over the search limit is cut, not refused");
    assertEquals(422, anna.get("/messages/" + group + "?sender=someone").status());
    assertEquals(422, anna.get("/messages/" + group + "?date_from=yesterday").status());
    assertEquals(404, fx.person(anna.team()).get("/messages/" + group).status(), "non-members read nothing");
  }

  /** Verifies gentime_from: changes after a version, edits and deletes included, oldest change first. */
  @Test
  void deltaByGentime() {
    UUID team = fx.team();
    Person a = fx.person(team);
    Person b = fx.person(team);
    String chat = Steps.group(a, "Delta", b);
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sent.add(a.post("/chats/" + chat + "/messages", Map.of("text", "d" + i)).result().path("message_id").asText());
    }
    long version = b.get("/messages/" + chat + "?limit=1").result().path("messages").get(0).path("gentime").asLong();
    a.post("/chats/" + chat + "/messages/" + sent.get(1), Map.of("text", "edited")).result();
    a.delete("/chats/" + chat + "/messages/" + sent.get(3)).result();
    String fresh = a.post("/chats/" + chat + "/messages", Map.of("text", "new")).result().path("message_id").asText();
    JsonNode first = b.get("/messages/" + chat + "?limit=2&gentime_from=" + version).result().path("messages");
    assertEquals(List.of(sent.get(3), sent.get(1)), ids(first), "the two oldest changes, shown newest first");
    assertTrue(first.get(0).path("is_archive").asBoolean(), "a deleted message comes in its archived form");
    assertEquals("edited", first.get(1).path("content").path("text").asText());
    long next = Math.max(first.get(0).path("gentime").asLong(), first.get(1).path("gentime").asLong());
    JsonNode rest = b.get("/messages/" + chat + "?limit=2&gentime_from=" + next).result().path("messages");
    assertEquals(List.of(fresh), ids(rest));
    assertEquals(List.of(), ids(b.get("/messages/" + chat + "?gentime_from=" + rest.get(0).path("gentime").asLong())
        .result().path("messages")));
  }

  private static List<String> ids(JsonNode messages) {
    List<String> out = new ArrayList<>();
    messages.forEach(m -> out.add(m.path("message_id").asText()));
    return out;
  }

  /** Verifies that paging through a chat of 10,000 messages with old_from (tdclient's way) visits each once. */
  @Test
  void tenThousandMessagesArePagedExactlyOnce() throws Exception {
    UUID team = fx.team();
    Person a = fx.person(team);
    Person b = fx.person(team);
    String big = Steps.group(a, "Big", b);
    List<String> sent = new ArrayList<>();
    long start = System.nanoTime();
    List<TadaSocket> sockets = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int k = 0; k < SENDERS; k++) {
        TadaSocket ws = a.ws(SocketOptions.DEFAULT.withAutoConfirm(false));
        sockets.add(ws);
        runs.add(pool.submit(() -> Flood.send(ws, 10_000 / SENDERS, 50, i -> big, i -> "bulk " + i, e -> { },
            Duration.ofSeconds(150))));
      }
      for (Future<List<String>> run : runs) {
        sent.addAll(run.get(160, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
      sockets.forEach(TadaSocket::close);
    }
    long flooded = System.nanoTime();
    Set<String> seen = new HashSet<>();
    List<Integer> nums = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    while (pages++ < 100) {
      JsonNode page = b.get("/messages/" + big + "?limit=200" + (cursor == null ? "" : "&old_from=" + cursor)).result()
          .path("messages");
      for (JsonNode m : page) {
        assertTrue(seen.add(m.path("message_id").asText()), "visited twice: " + m.path("message_id"));
        nums.add(m.path("num").asInt());
      }
      if (page.size() < 200) {
        break;
      }
      cursor = page.get(page.size() - 1).path("message_id").asText();
    }
    assertEquals(10_001, seen.size(), "every message and the system one");
    assertEquals(200, b.get("/messages/" + big + "?limit=1000").result().path("messages").size(),
        "a page is at most max_message_search_limit long");
    assertTrue(seen.containsAll(sent), "every confirmed message is there");
    for (int i = 0; i < nums.size(); i++) {
      if (nums.get(i) != 10_000 - i) {
        throw new AssertionError("page order broken at item " + i + ": num " + nums.get(i));
      }
    }
    System.out.printf("10,000 messages: sent in %d ms, paged in %d ms%n", (flooded - start) / 1_000_000,
        (System.nanoTime() - flooded) / 1_000_000);
  }
}

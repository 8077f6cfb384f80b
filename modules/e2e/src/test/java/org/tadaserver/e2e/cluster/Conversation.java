package org.tadaserver.e2e.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.testkit.TadaClient;

/**
 * Several {@link ChattingClient}s writing into one group, and the checks of issue 4's acceptance: every confirmed
 * message is stored exactly once and reached every member (live or by catch-up), and what errors clients saw.
 */
final class Conversation implements AutoCloseable {
  final UUID team;
  final String group;
  final List<CreatedUser> users = new ArrayList<>();
  final List<ChattingClient> clients = new ArrayList<>();

  /**
   * Makes a team with {@code size} members and a group of all of them (through {@code anyUrl}).
   *
   * @param urls the base URL each client connects to on each (re)connect, by client index
   */
  Conversation(Accounts admin, int size, String anyUrl, IntFunction<java.util.function.Supplier<String>> urls) {
    this(admin, size, anyUrl, urls, Duration.ZERO);
  }

  /** Like the above, with clients that keep sending each message for up to {@code patience} until confirmed. */
  Conversation(Accounts admin, int size, String anyUrl, IntFunction<java.util.function.Supplier<String>> urls,
      Duration patience) {
    team = admin.newTeam();
    for (int i = 0; i < size; i++) {
      users.add(admin.newUser(team, i == 0));
    }
    List<Map<String, String>> members = new ArrayList<>();
    for (CreatedUser u : users.subList(1, size)) {
      members.add(Map.of("jid", u.jid(), "status", "member"));
    }
    group = TadaClient.of(anyUrl).withToken(users.get(0).token())
        .post("/api/v4/teams/" + team + "/groups", Map.of("display_name", "steady", "members", members))
        .result().path("jid").asText();
    for (int i = 0; i < size; i++) {
      clients.add(new ChattingClient("c" + i, urls.apply(i), users.get(i).token(), team, group, patience));
    }
  }

  void start(Duration every) {
    clients.forEach(c -> c.start(every));
  }

  /** Stops every writer, waits for the last events, and takes them. */
  void stop() throws InterruptedException {
    for (ChattingClient c : clients) {
      c.stop();
    }
    Thread.sleep(1_500);
    clients.forEach(ChattingClient::collectNow);
  }

  Set<String> confirmed() {
    Set<String> all = new HashSet<>();
    clients.forEach(c -> all.addAll(c.confirmed()));
    return all;
  }

  /** Every error any client saw, prefixed with its name. */
  List<String> errors() {
    List<String> all = new ArrayList<>();
    clients.forEach(c -> c.errors().forEach(e -> all.add(c.name() + ": " + e)));
    return all;
  }

  /**
   * Checks: the history holds every confirmed message exactly once and nothing that no client sent; every member
   * received every confirmed message (live or by catch-up).
   */
  void assertNothingLost(String url) {
    Set<String> confirmed = confirmed();
    Set<String> attempted = new HashSet<>();
    clients.forEach(c -> attempted.addAll(c.attempted()));
    List<String> history = history(url);
    Map<String, Integer> counts = new HashMap<>();
    history.forEach(id -> counts.merge(id, 1, Integer::sum));
    for (String id : confirmed) {
      assertEquals(1, counts.getOrDefault(id, 0), "confirmed message " + id + " stored exactly once");
    }
    assertTrue(attempted.containsAll(counts.keySet()), "nothing stored that no client sent");
    for (ChattingClient c : clients) {
      Set<String> missing = new HashSet<>(confirmed);
      missing.removeAll(c.received());
      assertTrue(missing.isEmpty(), c.name() + " never got " + missing.size() + " confirmed messages: " + missing);
    }
  }

  /** Every message id of the group's history but system messages, newest first (paged by id), duplicates kept. */
  List<String> history(String url) {
    TadaClient rest = TadaClient.of(url).withToken(users.get(0).token());
    List<String> ids = new ArrayList<>();
    String older = "";
    while (true) {
      JsonNode page = rest.get("/api/v4/teams/" + team + "/messages/" + group + "?limit=200" + older)
          .result().path("messages");
      for (JsonNode m : page) {
        if (!"change".equals(m.path("content").path("type").asText())) {
          ids.add(m.path("message_id").asText());
        }
      }
      if (page.isEmpty()) {
        return ids;
      }
      older = "&old_from=" + page.get(page.size() - 1).path("message_id").asText();
    }
  }

  @Override
  public void close() {
    clients.forEach(ChattingClient::close);
  }
}

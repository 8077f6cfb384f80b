package org.tadaserver.e2e.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.protocol.IsoTime;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestNode;
import org.tadaserver.testkit.client.RestResponse;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Tasks over REST and WebSocket on a real node (issue 5, tasks): tdclient's CreateTask and CloseTask, the task list
 * and its filter, rights, events to the members, messages in a task chat, checklist items, tabs and bad input.
 */
class TasksE2ETest {
  private static final Duration WAIT = TadaSocket.DEFAULT_WAIT;
  private static final AtomicInteger SEQ = new AtomicInteger();
  private static TestNode node;

  @BeforeAll
  static void start() {
    node = TestNode.start();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static Member member(UUID team) {
    String username = "t" + SEQ.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
    CreatedUser created = node.admin().createUser(team, username, "secret-" + username, false);
    return new Member(created.jid(), team, TadaClient.of(node.baseUrl()).withToken(created.token()));
  }

  /** Verifies tdclient's task test: create with description and tags, close with PUT task_status done. */
  @Test
  void createAndCloseLikeTdclient() {
    UUID team = node.admin().createTeam();
    Member anna = member(team);
    Member boris = member(team);
    try (TadaSocket b = boris.ws()) {
      JsonNode task = anna.post("/tasks", Map.of("description", "autotest task", "tags", List.of("autotest"),
          "assignee", boris.jid())).result();
      String jid = task.path("jid").asText();
      assertTrue(jid.startsWith("t-"), jid);
      assertEquals("autotest task", task.path("description").asText());
      assertEquals("1. autotest task", task.path("display_name").asText());
      assertEquals(1, task.path("num").asInt());
      assertEquals("new", task.path("task_status").asText());
      b.await("server.chat.updated", e -> e.path("params").path("chats").path(0).path("jid").asText().equals(jid),
          WAIT);
      JsonNode closed = anna.put("/tasks/" + jid.substring(2), Map.of("task_status", "done")).result();
      assertEquals("done", closed.path("task_status").asText());
      assertTrue(closed.has("done"));
      JsonNode event = b.await("server.chat.updated", e -> e.path("params").path("chats").path(0)
          .path("task_status").asText().equals("done"), WAIT);
      assertEquals(List.of("done"), texts(event.path("params").path("chats").path(0).path("tabs")));
      JsonNode change = b.await("server.message.updated", e -> e.path("params").path("messages").path(0)
          .path("content").path("title").asText().equals("Status changed"), WAIT);
      assertEquals(anna.jid(), change.path("params").path("messages").path(0).path("content").path("actor").asText());
      assertEquals("new", anna.post("/tasks/" + jid, Map.of("task_status", "new")).result().path("task_status")
          .asText(), "POST updates too");
    }
  }

  /**
   * Verifies remind_at: a bad one refuses the task before anything is written; a good one makes the creator's remind on
   * the task chat (server.remind.updated), which fires at its time.
   */
  @Test
  void remindAtMakesARemind() {
    UUID team = node.admin().createTeam();
    Member anna = member(team);
    try (TadaSocket a = anna.ws()) {
      RestResponse past = anna.post("/tasks", Map.of("description", "late", "remind_at", "2001-01-01T00:00:00Z"));
      assertEquals(422, past.status(), past::toString);
      assertTrue(past.body().path("details").has("remind_at"), past::toString);
      RestResponse garbage = anna.post("/tasks", Map.of("description", "late", "remind_at", "tomorrow"));
      assertTrue(garbage.body().path("details").has("remind_at"), garbage::toString);
      assertEquals(0, anna.get("/tasks").result().path("count").asInt(), "no task was written");
      String at = IsoTime.format(Instant.now().plusSeconds(2));
      String jid = anna.post("/tasks", Map.of("description", "call back", "remind_at", at)).result().path("jid")
          .asText();
      JsonNode remind = a.await("server.remind.updated", e -> true, WAIT).path("params").path("reminds").path(0);
      assertEquals(jid, remind.path("chat").asText());
      JsonNode fired = a.await("server.remind.fired", e -> true, Duration.ofSeconds(15)).path("params").path("reminds").path(0);
      assertEquals(remind.path("uid").asText(), fired.path("uid").asText());
    }
  }

  /** Verifies the list with filters, paging and delta sync, as PaginatedChats. */
  @Test
  void listAndFilter() {
    UUID team = node.admin().createTeam();
    Member anna = member(team);
    Member boris = member(team);
    anna.post("/tasks", Map.of("description", "first", "assignee", boris.jid())).result();
    JsonNode second = anna.post("/tasks", Map.of("description", "second", "tags", List.of("x"))).result();
    JsonNode all = anna.get("/tasks?limit=100&offset=0&gentime_gt=0").result();
    assertEquals(2, all.path("count").asInt());
    assertEquals(2, all.path("objects").size());
    assertEquals(1, anna.get("/tasks?assignee=" + boris.jid()).result().path("count").asInt());
    assertEquals(1, anna.get("/tasks?tag=x").result().path("count").asInt());
    assertEquals(1, anna.get("/tasks?q=%232").result().path("count").asInt());
    assertEquals("2. second", anna.get("/tasks?sort=-created&limit=1").result().path("objects").path(0)
        .path("display_name").asText());
    assertEquals(0, anna.get("/tasks?task_status=done").result().path("count").asInt());
    assertEquals(2, anna.get("/tasks?task_status=any").result().path("count").asInt());
    assertEquals(0, anna.get("/tasks?offset=10").result().path("objects").size());
    long version = second.path("gentime").asLong();
    assertEquals(0, anna.get("/tasks?gentime_gt=" + version).result().path("count").asInt());
    assertEquals(1, boris.get("/tasks").result().path("count").asInt(), "boris is only in the first");
    assertEquals(2, anna.get("/chats?chat_type=task").result().path("count").asInt(), "task chats are chats");
  }

  /** Verifies rights: a private task is invisible to others, only permitted people change it. */
  @Test
  void rights() {
    UUID team = node.admin().createTeam();
    Member anna = member(team);
    Member boris = member(team);
    Member clara = member(team);
    String jid = anna.post("/tasks", Map.of("description", "mine", "assignee", boris.jid())).result().path("jid")
        .asText();
    assertEquals(404, clara.get("/tasks/" + jid).status());
    assertEquals(404, clara.put("/tasks/" + jid, Map.of("task_status", "done")).status());
    RestResponse denied = boris.put("/tasks/" + jid, Map.of("deadline", "2030-01-01T00:00:00.000000Z"));
    assertEquals(403, denied.status(), denied::toString);
    assertEquals("ACCESS_DENIED", denied.error());
    assertEquals("done", boris.put("/tasks/" + jid, Map.of("task_status", "done")).result().path("task_status")
        .asText(), "the assignee closes it");
    assertEquals(403, boris.delete("/tasks/" + jid).status());
    anna.delete("/tasks/" + jid).result();
    assertEquals(0, anna.get("/tasks").result().path("count").asInt());
  }

  /** Verifies that messages, counters and read state work in a task chat over WebSocket. */
  @Test
  void messagesInTaskChat() {
    UUID team = node.admin().createTeam();
    Member anna = member(team);
    Member boris = member(team);
    String jid = anna.post("/tasks", Map.of("description", "talk", "assignee", boris.jid())).result().path("jid")
        .asText();
    try (TadaSocket a = anna.ws(); TadaSocket b = boris.ws()) {
      String id = UUID.randomUUID().toString();
      String confirm = a.send("client.message.updated", Map.of("to", jid, "message_id", id,
          "content", Map.of("type", "plain", "text", "hello task")));
      a.awaitConfirm(confirm);
      JsonNode got = b.await("server.message.updated", e -> e.path("params").path("messages").path(0)
          .path("message_id").asText().equals(id), WAIT).path("params");
      assertFalse(got.path("delayed").asBoolean());
      assertEquals(jid, got.path("messages").path(0).path("chat").asText());
      assertEquals(1, boris.get("/tasks/" + jid).result().path("num_unread").asInt());
      JsonNode tabs = boris.get("/task-tabs").result();
      assertEquals("active", tabs.path(0).path("key").asText());
      assertEquals(jid, tabs.path(0).path("unread_tasks").path(0).path("jid").asText());
    }
  }

  /** Verifies checklist items over REST, with the counters in the task. */
  @Test
  void checklist() {
    UUID team = node.admin().createTeam();
    Member anna = member(team);
    String jid = anna.post("/tasks", Map.of("description", "list", "items", List.of("one"))).result()
        .path("jid").asText();
    JsonNode two = anna.post("/tasks/" + jid + "/items", Map.of("text", "two")).result();
    assertEquals("two", two.path("text").asText());
    JsonNode checked = anna.put("/tasks/" + jid + "/items/" + two.path("uid").asText(), Map.of("checked", true))
        .result();
    assertTrue(checked.path("checked").asBoolean());
    JsonNode task = anna.get("/tasks/" + jid).result();
    assertEquals(2, task.path("num_items").asInt());
    assertEquals(1, task.path("num_checked_items").asInt());
    anna.delete("/tasks/" + jid + "/items/" + two.path("uid").asText()).result();
    assertEquals(1, anna.get("/tasks/" + jid).result().path("num_items").asInt());
    assertEquals(404, anna.delete("/tasks/" + jid + "/items/" + UUID.randomUUID()).status());
  }

  /** Verifies bad input: malformed JSON, wrong types, over-long values, unknown ids, bad query values. */
  @Test
  void badInput() {
    UUID team = node.admin().createTeam();
    Member anna = member(team);
    RestResponse malformed = anna.raw("POST", "/tasks", "{not json");
    assertEquals(400, malformed.status(), malformed::toString);
    assertFalse(malformed.ok());
    RestResponse wrongType = anna.raw("POST", "/tasks", "{\"description\":\"x\",\"tags\":\"notalist\"}");
    assertEquals(422, wrongType.status(), wrongType::toString);
    assertEquals(422, anna.post("/tasks", Map.of("description", "x".repeat(20_000))).status());
    assertEquals(422, anna.post("/tasks", Map.of("description", "x", "deadline", "soon")).status());
    assertEquals(422, anna.post("/tasks", Map.of("description", "")).status());
    assertEquals(422, anna.post("/tasks", Map.of("description", "x", "assignee", "d-" + UUID.randomUUID()))
        .status());
    assertEquals(404, anna.get("/tasks/t-" + UUID.randomUUID()).status());
    assertEquals(404, anna.get("/tasks/nonsense").status());
    assertEquals(422, anna.get("/tasks?sort=title").status());
    assertEquals(422, anna.get("/tasks?deadline_gte=yesterday").status());
    assertEquals(422, anna.get("/tasks?owner=g-" + UUID.randomUUID()).status());
    assertEquals(422, anna.get("/tasks?num=abc").status());
    assertEquals(422, anna.get("/tasks?gentime_gt=-1").status());
  }

  /** Verifies that concurrent creates over REST get distinct consecutive numbers. */
  @Test
  void concurrentCreates() {
    UUID team = node.admin().createTeam();
    Member anna = member(team);
    List<CompletableFuture<Integer>> all = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int n = i;
      all.add(CompletableFuture.supplyAsync(() -> anna.post("/tasks", Map.of("description", "c" + n)).result()
          .path("num").asInt()));
    }
    List<Integer> nums = all.stream().map(CompletableFuture::join).sorted().toList();
    assertEquals(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList(), nums);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}

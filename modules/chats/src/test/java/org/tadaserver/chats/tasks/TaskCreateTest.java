package org.tadaserver.chats.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.bus.testing.Await.failsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.protocol.enums.Mediasubtype;
import org.tadaserver.protocol.enums.Mediatype;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.store.team.TeamSettings;

class TaskCreateTest {
  private static TasksFixture f;

  @BeforeAll
  static void up() {
    f = new TasksFixture();
  }

  @AfterAll
  static void down() {
    f.close();
  }

  /** Verifies the fields of a new task: number, title, people, status, checklist, rights and its first message. */
  @Test
  void createsTaskChat() {
    UUID team = f.team();
    Membership owner = f.person(team, "Owner");
    Membership bob = f.person(team, "Bob");
    Membership eve = f.person(team, "Eve");
    Chat t = f.task(owner, """
        {"description":"  Fix the login page\\nIt breaks on Safari","assignee":"d-%s","observers":["d-%s"],
         "deadline":"2099-01-02T03:04:05.000000Z","tags":["autotest","ui","ui"],"public":false,
         "items":["first","second"],"custom_color_index":3,"remind_at":"","linked_messages":[],"uploads":[]}"""
        .formatted(bob.contact(), eve.contact()));
    assertEquals(ChatType.TASK, t.chatType());
    assertEquals(Jid.task(t.jid().uuid()), t.jid());
    assertEquals(1, t.num());
    assertEquals("Fix the login page", t.title());
    assertEquals("1. Fix the login page", t.displayName());
    assertEquals("Fix the login page\nIt breaks on Safari", t.description());
    assertEquals(Jid.contact(owner.contact()), t.owner());
    assertEquals(Jid.contact(bob.contact()), t.assignee());
    assertEquals(List.of(Jid.contact(eve.contact())), t.observers());
    assertEquals("new", t.taskStatus());
    assertNull(t.done());
    assertEquals(Instant.parse("2099-01-02T03:04:05Z"), t.deadline());
    assertFalse(t.deadlineExpired());
    assertEquals(List.of("autotest", "ui"), t.tags());
    assertEquals(3, t.colorIndex());
    assertEquals(3, t.numMembers());
    assertEquals(2, t.numItems());
    assertEquals(0, t.numCheckedItems());
    assertEquals(List.of("first", "second"), t.items().stream().map(i -> i.text()).toList());
    assertTrue(t.items().get(0).canChange() && t.items().get(0).canToggle());
    assertEquals(List.of("active", "out"), t.tabs());
    assertTrue(t.canSendMessage());
    assertTrue(t.canDelete());
    assertTrue(t.changeableFields().containsAll(List.of("assignee", "deadline", "description", "items", "observers",
        "public", "section", "tags", "task_status", "hidden", "pinned")));
    assertFalse(t.changeableFields().contains("importance"), "the team does not use importance");
    assertNull(t.status(), "tasks have no group status");
    assertEquals(Mediatype.CHANGE, t.lastMessage().content().type());
    assertEquals(Mediasubtype.NEWTASK, t.lastMessage().content().subtype());
    assertEquals("Created task for Bob: Fix the login page", t.lastMessage().content().title());
    assertEquals(t, await(f.tasks.task(owner, t.jid().toString())));
    assertEquals(t, await(f.tasks.task(owner, t.jid().uuid().toString())), "a bare uuid names the task too");
    JsonNode wire = Wire.mapper().valueToTree(t);
    assertEquals("task", wire.path("chat_type").asText());
    assertFalse(wire.has("public"), "omitempty false");
  }

  /** Verifies each person sees the task under their own tabs and rights. */
  @Test
  void viewsPerPerson() {
    UUID team = f.team();
    Membership owner = f.person(team, "Owner");
    Membership bob = f.person(team, "Bob");
    Membership eve = f.person(team, "Eve");
    Chat t = f.task(owner, "{\"description\":\"Tabs\",\"assignee\":\"d-%s\",\"observers\":[\"d-%s\"]}"
        .formatted(bob.contact(), eve.contact()));
    Chat asBob = await(f.tasks.task(bob, t.jid().toString()));
    assertEquals(List.of("active", "in"), asBob.tabs());
    assertEquals(List.of("collapsed", "counters_enabled", "done_reason", "hidden", "notifications_enabled", "pinned",
        "pinned_sort_ordering", "task_status"), asBob.changeableFields());
    Chat asEve = await(f.tasks.task(eve, t.jid().toString()));
    assertEquals(List.of("active", "copy"), asEve.tabs());
    assertFalse(asEve.changeableFields().contains("task_status"));
    assertFalse(asEve.canDelete());
    f.awaitEvents(bob, "server.chat.updated", 1);
    f.awaitEvents(eve, "server.message.updated", 1);
  }

  /** Verifies that 50 tasks created at once in one team get the numbers 1..50, each once. */
  @Test
  void concurrentNumbersHaveNoGapOrDuplicate() {
    UUID team = f.team();
    Membership owner = f.person(team, "Owner");
    List<Future<Chat>> all = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      all.add(f.tasks.createTask(owner, TasksFixture.described("Task " + i)));
    }
    await(Future.all(all));
    List<Integer> nums = all.stream().map(c -> c.result().num()).sorted().toList();
    assertEquals(IntStream.rangeClosed(1, 50).boxed().toList(), nums);
    assertEquals(50, await(f.tasks.tasks(owner, null)).count());
  }

  /** Verifies that a failed create gives its number back. */
  @Test
  void failedCreateLeavesNoGap() {
    UUID team = f.team();
    Membership owner = f.person(team, "Owner");
    assertEquals(1, f.task(owner, "{\"description\":\"one\"}").num());
    failsWith(ApiError.INVALID_DATA, f.tasks.createTask(owner,
        TasksFixture.body("{\"description\":\"two\",\"task_status\":\"nope\"}")));
    assertEquals(2, f.task(owner, "{\"description\":\"two\"}").num());
  }

  /** Verifies the refusals of bad bodies, each naming its field. */
  @Test
  void refusesBadInput() {
    UUID team = f.team();
    Membership owner = f.person(team, "Owner");
    Membership stranger = f.person(f.team(), "Stranger");
    String longText = "x".repeat(16_385);
    assertEquals("description", bad(owner, "{}"));
    assertEquals("description", bad(owner, "{\"description\":\"  \\n \"}"));
    assertEquals("description", bad(owner, "{\"description\":\"" + longText + "\"}"));
    assertEquals("assignee", bad(owner, "{\"description\":\"a\",\"assignee\":\"g-" + UUID.randomUUID() + "\"}"));
    assertEquals("assignee", bad(owner, "{\"description\":\"a\",\"assignee\":\"d-" + UUID.randomUUID() + "\"}"));
    assertEquals("assignee", bad(owner, "{\"description\":\"a\",\"assignee\":\"d-" + stranger.contact() + "\"}"));
    assertEquals("observers", bad(owner, "{\"description\":\"a\",\"observers\":[\"d-" + UUID.randomUUID() + "\"]}"));
    assertEquals("deadline", bad(owner, "{\"description\":\"a\",\"deadline\":\"tomorrow\"}"));
    assertEquals("tags", bad(owner, "{\"description\":\"a\",\"tags\":[\"" + "t".repeat(51) + "\"]}"));
    assertEquals("tags", bad(owner, "{\"description\":\"a\",\"tags\":[\"\"]}"));
    assertEquals("items", bad(owner, "{\"description\":\"a\",\"items\":[\" \"]}"));
    assertEquals("task_status", bad(owner, "{\"description\":\"a\",\"task_status\":\"Not A Status!\"}"));
    assertEquals("task_status", bad(owner, "{\"description\":\"a\",\"task_status\":\"review\"}"));
    assertEquals("importance", bad(owner, "{\"description\":\"a\",\"importance\":3}"));
    assertNull(f.task(owner, "{\"description\":\"zeros\",\"importance\":0,\"urgency\":0,\"complexity\":0,"
        + "\"spent_time\":0}").importance(), "Go's zero values are no values");
    assertEquals("spent_time", bad(owner, "{\"description\":\"a\",\"spent_time\":-1}"));
    assertEquals("custom_color_index", bad(owner, "{\"description\":\"a\",\"custom_color_index\":70000}"));
    assertEquals("section", bad(owner, "{\"description\":\"a\",\"section\":\"projects\"}"));
  }

  /** Verifies the optional numeric fields where the team enables them, within the team's range. */
  @Test
  void optionalFieldsWhereEnabled() {
    UUID team = f.team();
    Membership owner = f.person(team, "Owner");
    f.settings(team, TeamSettings.DEFAULTS.withTaskImportance(true, 1, 5, false).withTaskFields(true, true, true));
    Chat t = f.task(owner, "{\"description\":\"n\",\"importance\":5,\"urgency\":2,\"complexity\":3,"
        + "\"spent_time\":30}");
    assertEquals(5, t.importance());
    assertEquals(2, t.urgency());
    assertEquals(3, t.complexity());
    assertEquals(30, t.spentTime());
    assertTrue(t.changeableFields().containsAll(List.of("importance", "urgency", "complexity", "spent_time")));
    assertEquals("importance", bad(owner, "{\"description\":\"a\",\"importance\":6}"));
  }

  /** Verifies custom statuses: a team's own status is accepted, an archived or unknown one is not. */
  @Test
  void customStatuses() {
    UUID team = f.team();
    Membership owner = f.person(team, "Owner");
    f.status(team, "review", "In review");
    Chat t = f.task(owner, "{\"description\":\"s\",\"task_status\":\"review\"}");
    assertEquals("review", t.taskStatus());
    assertEquals(List.of("review"), await(f.tasks.taskStatuses(owner)).stream().map(s -> s.name()).toList());
  }

  /** Verifies that guests may create tasks but not public ones; members may. */
  @Test
  void publicTasksNeedNonGuests() {
    UUID team = f.team();
    Membership guest = f.person(team, TeamStatus.GUEST, "Guest");
    failsWith(ApiError.ACCESS_DENIED, f.tasks.createTask(guest, TasksFixture.body(
        "{\"description\":\"p\",\"public\":true}")));
    assertFalse(f.task(guest, "{\"description\":\"private\"}").isPublic());
    assertTrue(f.task(f.person(team, "Member"), "{\"description\":\"p\",\"public\":true}").isPublic());
  }

  /** Verifies that a task created as done is closed at once. */
  @Test
  void createdDone() {
    Membership owner = f.person(f.team(), "Owner");
    Chat t = f.task(owner, "{\"description\":\"d\",\"task_status\":\"done\"}");
    assertNotNull(t.done());
    assertEquals(List.of("done"), t.tabs());
  }

  /** Verifies a task made from messages: they are carried into its chat; others' and unknown ones are refused. */
  @Test
  void madeFromMessages() {
    UUID team = f.team();
    Membership owner = f.person(team, "Owner");
    Membership bob = f.person(team, "Bob");
    Membership eve = f.person(team, "Eve");
    var first = f.send(bob, "d-" + owner.contact(), "please fix the build");
    var theirs = f.send(bob, "d-" + eve.contact(), "not for the owner");
    Chat t = f.task(owner, "{\"description\":\"From chat\",\"linked_messages\":[\"" + first.messageId() + "\"]}");
    var history = await(f.messages.history(owner, t.jid().toString(), org.tadaserver.chats.MessageFilter.NEWEST));
    assertEquals(2, history.size());
    assertEquals(first.messageId(), history.get(0).linkedMessages().get(0).messageId());
    assertEquals("please fix the build", history.get(0).linkedMessages().get(0).content().text());
    assertEquals("linked_messages", bad(owner, "{\"description\":\"x\",\"linked_messages\":[\""
        + theirs.messageId() + "\"]}"));
    assertEquals("linked_messages", bad(owner, "{\"description\":\"x\",\"linked_messages\":[\""
        + UUID.randomUUID() + "\"]}"));
    assertEquals("linked_messages", bad(owner, "{\"description\":\"x\",\"linked_messages\":[\"nope\"]}"));
  }

  /** Verifies the description's links: mentions of contacts and web links, remade when the description changes. */
  @Test
  void descriptionLinks() {
    UUID team = f.team();
    Membership owner = f.person(team, "Owner");
    Membership bob = f.person(team, "Bobby");
    Chat t = f.task(owner, "{\"description\":\"Ask @Bobby about https://example.com/x.\"}");
    assertEquals(List.of("@Bobby", "https://example.com/x"), t.links().stream().map(l -> l.pattern()).toList());
    assertEquals("tadateam://d-" + bob.contact(), t.links().get(0).url());
    assertEquals(t.links(), await(f.tasks.task(owner, t.jid().toString())).links());
    Chat changed = await(f.tasks.updateTask(owner, t.jid().toString(),
        TasksFixture.body("{\"description\":\"no links now\"}")));
    assertEquals(List.of(), changed.links(), "omitted on the wire");
  }

  private static String bad(Membership actor, String json) {
    var e = failsWith(ApiError.INVALID_DATA, f.tasks.createTask(actor, TasksFixture.body(json)));
    assertEquals(1, e.details().size(), () -> "details " + e.details());
    return e.details().keySet().iterator().next();
  }
}

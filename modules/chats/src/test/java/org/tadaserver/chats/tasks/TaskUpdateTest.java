package org.tadaserver.chats.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.chats.tasks.TasksFixture.body;
import static org.tadaserver.bus.testing.Await.failsWith;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.chats.MessageFilter;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.Message;

class TaskUpdateTest {
  private static TasksFixture f;

  @BeforeAll
  static void up() {
    f = new TasksFixture();
  }

  @AfterAll
  static void down() {
    f.close();
  }

  private record Trio(Membership owner, Membership assignee, Membership observer, Chat task) {
    String jid() {
      return task.jid().toString();
    }
  }

  private static Trio trio() {
    UUID team = f.team();
    Membership owner = f.person(team, "Owner");
    Membership bob = f.person(team, "Bob");
    Membership eve = f.person(team, "Eve");
    Chat t = f.task(owner, "{\"description\":\"Work\",\"assignee\":\"d-%s\",\"observers\":[\"d-%s\"]}"
        .formatted(bob.contact(), eve.contact()));
    return new Trio(owner, bob, eve, t);
  }

  /** Verifies closing (tdclient's CloseTask body) and reopening: done time, tabs, change messages, events. */
  @Test
  void closesAndReopens() {
    Trio x = trio();
    f.clearEvents();
    Chat done = await(f.tasks.updateTask(x.assignee(), x.jid(), body("{\"task_status\":\"done\"}")));
    assertEquals("done", done.taskStatus());
    assertNotNull(done.done());
    assertEquals(List.of("done"), done.tabs());
    assertTrue(done.baseGentime() > x.task().baseGentime());
    JsonNode event = f.awaitEvents(x.observer(), "server.chat.updated", 1).get(0);
    assertEquals("done", event.path("chats").get(0).path("task_status").asText());
    JsonNode change = f.awaitEvents(x.owner(), "server.message.updated", 1).get(0).path("messages").get(0);
    assertEquals("change", change.path("content").path("type").asText());
    assertEquals("Status changed", change.path("content").path("title").asText());
    assertEquals("new", change.path("content").path("old").asText());
    assertEquals("done", change.path("content").path("new").asText());
    assertEquals("d-" + x.assignee().contact(), change.path("content").path("actor").asText());
    Chat reopened = await(f.tasks.updateTask(x.owner(), x.jid(), body("{\"task_status\":\"new\"}")));
    assertNull(reopened.done());
    assertEquals(List.of("active", "out"), reopened.tabs());
  }

  /** Verifies the deadline: set, expired when past, cleared with "". */
  @Test
  void deadline() {
    Trio x = trio();
    Chat past = await(f.tasks.updateTask(x.owner(), x.jid(),
        body("{\"deadline\":\"2001-01-01T00:00:00.000000Z\"}")));
    assertTrue(past.deadlineExpired());
    assertEquals(List.of("active", "expired", "out"), past.tabs());
    Chat cleared = await(f.tasks.updateTask(x.owner(), x.jid(), body("{\"deadline\":\"\"}")));
    assertNull(cleared.deadline());
    assertFalse(cleared.deadlineExpired());
    List<Message> history = await(f.messages.history(x.owner(), x.jid(), MessageFilter.NEWEST));
    assertEquals("Deadline changed", history.get(0).content().title());
    assertEquals("2001-01-01T00:00:00Z", history.get(0).content().oldValue());
    assertNull(history.get(0).content().newValue());
  }

  /** Verifies that only permitted people change status, assignee and deadline. */
  @Test
  void rights() {
    Trio x = trio();
    Membership outsider = f.person(x.owner().team(), "Outsider");
    Membership admin = f.person(x.owner().team(), TeamStatus.ADMIN, "Admin");
    failsWith(ApiError.ACCESS_DENIED, f.tasks.updateTask(x.observer(), x.jid(), body("{\"task_status\":\"done\"}")));
    failsWith(ApiError.ACCESS_DENIED, f.tasks.updateTask(x.assignee(), x.jid(),
        body("{\"deadline\":\"2030-01-01T00:00:00Z\"}")));
    failsWith(ApiError.ACCESS_DENIED, f.tasks.updateTask(x.assignee(), x.jid(),
        body("{\"assignee\":\"d-" + x.observer().contact() + "\"}")));
    failsWith(ApiError.ACCESS_DENIED, f.tasks.updateTask(x.assignee(), x.jid(), body("{\"items\":[\"mine\"]}")));
    failsWith(ApiError.NOT_FOUND, f.tasks.updateTask(outsider, x.jid(), body("{\"task_status\":\"done\"}")));
    failsWith(ApiError.NOT_FOUND, f.tasks.task(outsider, x.jid()));
    failsWith(ApiError.NOT_FOUND, f.tasks.deleteTask(admin, x.jid()));
    failsWith(ApiError.ACCESS_DENIED, f.tasks.deleteTask(x.assignee(), x.jid()));
    Chat same = await(f.tasks.updateTask(x.observer(), x.jid(), body("{\"task_status\":\"new\"}")));
    assertEquals(x.task().baseGentime(), same.baseGentime(), "the current value is no change");
    assertEquals("new", await(f.tasks.task(x.owner(), x.jid())).taskStatus());
  }

  /** Verifies a public task: others see it from outside, can neither write nor change it; guests don't see it. */
  @Test
  void publicTask() {
    Trio x = trio();
    Membership other = f.person(x.owner().team(), "Other");
    Membership guest = f.person(x.owner().team(), TeamStatus.GUEST, "Guest");
    await(f.tasks.updateTask(x.owner(), x.jid(), body("{\"public\":true}")));
    Chat seen = await(f.tasks.task(other, x.jid()));
    assertEquals("1. Work", seen.displayName());
    assertFalse(seen.canSendMessage());
    assertNull(seen.tabs());
    assertNull(seen.changeableFields());
    failsWith(ApiError.ACCESS_DENIED, f.tasks.updateTask(other, x.jid(), body("{\"task_status\":\"done\"}")));
    failsWith(ApiError.NOT_FOUND, f.tasks.task(guest, x.jid()));
  }

  /** Verifies that changing people changes members: the new assignee joins, the old one leaves and is told. */
  @Test
  void peopleAreMembers() {
    Trio x = trio();
    Membership carl = f.person(x.owner().team(), "Carl");
    f.clearEvents();
    Chat t = await(f.tasks.updateTask(x.owner(), x.jid(), body("{\"assignee\":\"d-" + carl.contact()
        + "\",\"observers\":[]}")));
    assertEquals(Jid.contact(carl.contact()), t.assignee());
    assertEquals(List.of(), t.observers() == null ? List.of() : t.observers());
    assertEquals(2, t.numMembers());
    f.awaitEvents(carl, "server.chat.updated", 1);
    f.awaitEvents(x.assignee(), "server.chat.deleted", 1);
    f.awaitEvents(x.observer(), "server.chat.deleted", 1);
    failsWith(ApiError.NOT_FOUND, f.tasks.task(x.assignee(), x.jid()));
    List<Message> history = await(f.messages.history(x.owner(), x.jid(), MessageFilter.NEWEST));
    assertEquals("Observers changed", history.get(0).content().title());
    assertEquals("Eve", history.get(0).content().oldValue());
    assertEquals("Assignee changed", history.get(1).content().title());
    assertEquals("Bob", history.get(1).content().oldValue());
    assertEquals("Carl", history.get(1).content().newValue());
  }

  /** Verifies description (title and display name follow), tags, project and team admins' edit rights. */
  @Test
  void sharedFields() {
    Trio x = trio();
    Membership admin = f.person(x.owner().team(), TeamStatus.ADMIN, "Admin");
    await(f.tasks.updateTask(x.owner(), x.jid(), body("{\"observers\":[\"d-" + admin.contact() + "\"]}")));
    UUID project = UUID.randomUUID();
    Chat t = await(f.tasks.updateTask(admin, x.jid(), body("{\"description\":\"Renamed\\nmore\",\"tags\":[\"a\"],"
        + "\"section\":\"st-" + project + "\"}")));
    assertEquals("Renamed", t.title());
    assertEquals("1. Renamed", t.displayName());
    assertEquals(List.of("a"), t.tags());
    assertEquals(project.toString(), t.section());
    failsWith(ApiError.INVALID_DATA, f.tasks.updateTask(x.owner(), x.jid(), body("{\"description\":\" \"}")));
    failsWith(ApiError.INVALID_DATA, f.tasks.updateTask(x.owner(), x.jid(), body("{\"tags\":[\" \"]}")));
    failsWith(ApiError.NOT_FOUND, f.tasks.updateTask(x.owner(), "t-" + UUID.randomUUID(), body("{}")));
    failsWith(ApiError.NOT_FOUND, f.tasks.updateTask(x.owner(), "g-" + x.task().jid().uuid(), body("{}")));
    failsWith(ApiError.NOT_FOUND, f.tasks.task(x.owner(), "not-a-task"));
  }

  /** Verifies archiving: members are told, the task leaves lists and takes no more changes. */
  @Test
  void deleteArchives() {
    Trio x = trio();
    f.clearEvents();
    Chat gone = await(f.tasks.deleteTask(x.owner(), x.jid()));
    assertEquals(x.task().jid(), gone.jid());
    f.awaitEvents(x.assignee(), "server.chat.deleted", 1);
    assertEquals(0, await(f.tasks.tasks(x.owner(), null)).count());
    failsWith(ApiError.ACCESS_DENIED, f.tasks.updateTask(x.owner(), x.jid(), body("{\"task_status\":\"done\"}")));
  }

  /** Verifies that a task chat is a chat: messages, unread counters and the chat list work as for groups. */
  @Test
  void taskChatIsAChat() {
    Trio x = trio();
    f.send(x.owner(), x.jid(), "please look");
    Chat asBob = await(f.tasks.task(x.assignee(), x.jid()));
    assertEquals(1, asBob.numUnread());
    assertEquals("please look", asBob.lastMessage().content().text());
    var list = await(f.ops.list(x.assignee(), new org.tadaserver.chats.ChatFilter(List.of("task"), 0, false, false,
        false, null, null, 0, 0)));
    assertEquals(List.of(x.task().jid()), list.objects().stream().map(Chat::jid).toList());
    assertEquals(1, list.objects().get(0).num(), "chat lists carry the task fields");
    await(f.messages.markRead(x.assignee(), x.jid(), null));
    assertEquals(0, await(f.tasks.task(x.assignee(), x.jid())).numUnread());
  }

  /** Verifies that a team admin who observes a task may take themselves out of it: the others are told. */
  @Test
  void adminLeavesObservers() {
    Trio x = trio();
    Membership admin = f.person(x.owner().team(), TeamStatus.ADMIN, "Admin");
    await(f.tasks.updateTask(x.owner(), x.jid(), body("{\"observers\":[\"d-" + admin.contact() + "\"]}")));
    f.clearEvents();
    Chat answer = await(f.tasks.updateTask(admin, x.jid(), body("{\"observers\":[]}")));
    assertTrue(answer.isArchive(), "the task is gone for the admin");
    f.awaitEvents(admin, "server.chat.deleted", 1);
    f.awaitEvents(x.owner(), "server.chat.updated", 1);
    failsWith(ApiError.NOT_FOUND, f.tasks.task(admin, x.jid()));
  }
}

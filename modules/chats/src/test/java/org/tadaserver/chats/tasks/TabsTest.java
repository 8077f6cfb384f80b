package org.tadaserver.chats.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.bus.testing.Await.await;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.TaskCounters;
import org.tadaserver.protocol.model.TaskTab;

class TabsTest {
  private static TasksFixture f;

  @BeforeAll
  static void up() {
    f = new TasksFixture();
  }

  @AfterAll
  static void down() {
    f.close();
  }

  /** Verifies the board: the tabs of the specification's example, in order, with their options. */
  @Test
  void board() {
    Membership ann = f.person(f.team(), "Ann");
    List<TaskTab> tabs = await(f.tasks.taskTabs(ann));
    assertEquals(List.of("active", "expired", "in", "out", "copy", "done"), tabs.stream().map(TaskTab::key).toList());
    TaskTab done = tabs.get(5);
    assertTrue(done.pagination() && done.hideEmpty() && !done.showCounter());
    assertEquals("done", done.sort().get(0).key());
    assertEquals(List.of("owner", "section", "tag"), tabs.get(2).filters().stream().map(x -> x.field()).toList());
    assertTrue(tabs.stream().allMatch(t -> t.unreadTasks().isEmpty()));
  }

  /** Verifies unread tasks per tab: a message in a task counts under the tabs it falls in for each reader. */
  @Test
  void unreadPerTab() {
    UUID team = f.team();
    Membership ann = f.person(team, "Ann");
    Membership bob = f.person(team, "Bob");
    Membership eve = f.person(team, "Eve");
    Chat t = f.task(ann, "{\"description\":\"U\",\"assignee\":\"d-%s\",\"observers\":[\"d-%s\"]}"
        .formatted(bob.contact(), eve.contact()));
    Chat quiet = f.task(ann, TasksFixture.assigned("Quiet", bob));
    f.send(ann, t.jid().toString(), "news");
    Map<String, List<TaskCounters>> forBob = byKey(await(f.tasks.taskTabs(bob)));
    assertEquals(List.of(new TaskCounters(t.jid(), 1, 0)), forBob.get("active"));
    assertEquals(List.of(new TaskCounters(t.jid(), 1, 0)), forBob.get("in"));
    assertEquals(List.of(), forBob.get("copy"));
    assertEquals(List.of(), forBob.get("out"));
    Map<String, List<TaskCounters>> forEve = byKey(await(f.tasks.taskTabs(eve)));
    assertEquals(List.of(t.jid()), forEve.get("copy").stream().map(TaskCounters::jid).toList());
    assertEquals(List.of(), byKey(await(f.tasks.taskTabs(ann))).get("active"), "nothing unread for the writer");
    assertFalse(forBob.get("active").stream().anyMatch(c -> c.jid().equals(quiet.jid())));
  }

  private static Map<String, List<TaskCounters>> byKey(List<TaskTab> tabs) {
    return tabs.stream().collect(Collectors.toMap(TaskTab::key, TaskTab::unreadTasks));
  }
}

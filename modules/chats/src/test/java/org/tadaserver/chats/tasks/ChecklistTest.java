package org.tadaserver.chats.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.chats.tasks.TasksFixture.body;
import static org.tadaserver.bus.testing.Await.failsWith;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.chats.ItemChange;
import org.tadaserver.chats.MessageFilter;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.TaskItem;

class ChecklistTest {
  private static TasksFixture f;

  @BeforeAll
  static void up() {
    f = new TasksFixture();
  }

  @AfterAll
  static void down() {
    f.close();
  }

  /** Verifies add, edit, check, move and delete, with the counters and the change messages. */
  @Test
  void itemLifecycle() {
    UUID team = f.team();
    Membership owner = f.person(team, "Owner");
    Membership bob = f.person(team, "Bob");
    Chat t = f.task(owner, TasksFixture.assigned("List", bob));
    String jid = t.jid().toString();
    TaskItem a = await(f.tasks.addItem(owner, jid, new ItemChange("a", null, null)));
    TaskItem b = await(f.tasks.addItem(owner, jid, new ItemChange("b", null, null)));
    TaskItem c = await(f.tasks.addItem(owner, jid, new ItemChange("c", null, 0)));
    assertEquals(List.of("c", "a", "b"), texts(owner, jid));
    assertTrue(a.canChange() && a.canToggle());
    TaskItem checked = await(f.tasks.updateItem(bob, jid, b.uid(), new ItemChange(null, true, null)));
    assertTrue(checked.checked());
    assertFalse(checked.canChange(), "the assignee only checks");
    Chat now = await(f.tasks.task(owner, jid));
    assertEquals(3, now.numItems());
    assertEquals(1, now.numCheckedItems());
    assertEquals("b", await(f.messages.history(owner, jid, MessageFilter.NEWEST)).get(0).content().newValue());
    assertEquals("Item checked", await(f.messages.history(owner, jid, MessageFilter.NEWEST)).get(0).content().title());
    await(f.tasks.updateItem(owner, jid, a.uid(), new ItemChange("a2", null, 5)));
    assertEquals(List.of("c", "b", "a2"), texts(owner, jid));
    TaskItem gone = await(f.tasks.deleteItem(owner, jid, c.uid()));
    assertEquals("c", gone.text());
    Chat after = await(f.tasks.task(owner, jid));
    assertEquals(List.of("b", "a2"), after.items().stream().map(TaskItem::text).toList());
    assertEquals(List.of(0, 1), after.items().stream().map(TaskItem::sortOrdering).toList());
    assertEquals(1, after.numCheckedItems());
    assertTrue(after.baseGentime() > t.baseGentime());
  }

  /** Verifies rights and bad input: observers and outsiders change nothing; the assignee does not edit texts. */
  @Test
  void rightsAndBadInput() {
    UUID team = f.team();
    Membership owner = f.person(team, "Owner");
    Membership bob = f.person(team, "Bob");
    Membership eve = f.person(team, "Eve");
    Chat t = f.task(owner, "{\"description\":\"R\",\"assignee\":\"d-%s\",\"observers\":[\"d-%s\"],\"items\":[\"x\"]}"
        .formatted(bob.contact(), eve.contact()));
    String jid = t.jid().toString();
    String item = t.items().get(0).uid();
    assertFalse(await(f.tasks.task(eve, jid)).items().get(0).canToggle());
    failsWith(ApiError.ACCESS_DENIED, f.tasks.updateItem(eve, jid, item, new ItemChange(null, true, null)));
    failsWith(ApiError.ACCESS_DENIED, f.tasks.updateItem(bob, jid, item, new ItemChange("changed", null, null)));
    failsWith(ApiError.ACCESS_DENIED, f.tasks.addItem(bob, jid, new ItemChange("more", null, null)));
    failsWith(ApiError.ACCESS_DENIED, f.tasks.deleteItem(bob, jid, item));
    failsWith(ApiError.NOT_FOUND, f.tasks.addItem(f.person(team, "Out"), jid, new ItemChange("x", null, null)));
    failsWith(ApiError.INVALID_DATA, f.tasks.addItem(owner, jid, new ItemChange(" ", null, null)));
    failsWith(ApiError.INVALID_DATA, f.tasks.addItem(owner, jid, new ItemChange("y".repeat(16_385), null, null)));
    failsWith(ApiError.INVALID_DATA, f.tasks.updateItem(owner, jid, item, new ItemChange(null, null, null)));
    failsWith(ApiError.NOT_FOUND, f.tasks.updateItem(owner, jid, UUID.randomUUID().toString(),
        new ItemChange(null, true, null)));
    failsWith(ApiError.NOT_FOUND, f.tasks.deleteItem(owner, jid, "not-a-uuid"));
    Chat other = f.task(owner, "{\"description\":\"other\",\"items\":[\"z\"]}");
    failsWith(ApiError.NOT_FOUND, f.tasks.deleteItem(owner, jid, other.items().get(0).uid()));
  }

  /** Verifies that "#N" links task N as a subtask, which lists the parent; a wrong number stays plain text. */
  @Test
  void subtasks() {
    UUID team = f.team();
    Membership owner = f.person(team, "Owner");
    Chat child = f.task(owner, "{\"description\":\"Child\"}");
    Chat parent = f.task(owner, "{\"description\":\"Parent\",\"items\":[\"#" + child.num() + "\",\"#999\"]}");
    assertNotNull(parent.items().get(0).subtask());
    assertEquals(child.jid(), parent.items().get(0).subtask().jid());
    assertEquals("1. Child", parent.items().get(0).subtask().displayName());
    assertNull(parent.items().get(1).subtask());
    Chat seen = await(f.tasks.task(owner, child.jid().toString()));
    assertEquals(List.of(parent.jid()), seen.parents().stream().map(p -> p.jid()).toList());
    await(f.tasks.updateTask(owner, parent.jid().toString(), body("{\"items\":[\"#999\"]}")));
    assertEquals(List.of(), await(f.tasks.task(owner, child.jid().toString())).parents());
  }

  /** Verifies replacing the list through the task body keeps check marks of kept texts. */
  @Test
  void replaceKeepsCheckMarks() {
    Membership owner = f.person(f.team(), "Owner");
    Chat t = f.task(owner, "{\"description\":\"L\",\"items\":[\"keep\",\"drop\"]}");
    String jid = t.jid().toString();
    await(f.tasks.updateItem(owner, jid, t.items().get(0).uid(), new ItemChange(null, true, null)));
    Chat after = await(f.tasks.updateTask(owner, jid, body("{\"items\":[\"new\",\"keep\"]}")));
    assertEquals(List.of("new", "keep"), after.items().stream().map(TaskItem::text).toList());
    assertTrue(after.items().get(1).checked());
    assertEquals(t.items().get(0).uid(), after.items().get(1).uid());
    assertEquals("Checklist changed", await(f.messages.history(owner, jid, MessageFilter.NEWEST)).get(0).content()
        .title());
  }

  private static List<String> texts(Membership who, String jid) {
    return await(f.tasks.task(who, jid)).items().stream().map(TaskItem::text).toList();
  }
}

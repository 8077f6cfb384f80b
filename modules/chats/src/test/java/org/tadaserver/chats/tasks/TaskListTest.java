package org.tadaserver.chats.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.chats.tasks.TasksFixture.body;
import static org.tadaserver.bus.testing.Await.failsWith;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.chats.ChatPage;
import org.tadaserver.chats.TaskQuery;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.Chat;

/** The TaskFilter of the task list, one team with a known set of tasks. */
class TaskListTest {
  private static TasksFixture f;
  private static Membership ann;
  private static Membership bob;
  private static Membership eve;
  private static Membership guest;
  private static Chat t1;
  private static Chat t2;
  private static Chat t3;
  private static Chat t4;
  private static UUID project;

  @BeforeAll
  static void up() {
    f = new TasksFixture();
    UUID team = f.team();
    ann = f.person(team, "Ann");
    bob = f.person(team, "Bob");
    eve = f.person(team, "Eve");
    guest = f.person(team, TeamStatus.GUEST, "Guest");
    project = UUID.randomUUID();
    t1 = f.task(ann, "{\"description\":\"Alpha report\",\"assignee\":\"d-%s\",\"tags\":[\"red\"],\"section\":\"%s\","
        .formatted(bob.contact(), project) + "\"deadline\":\"2030-01-01T00:00:00Z\"}");
    t2 = f.task(bob, "{\"description\":\"Beta\",\"assignee\":\"d-%s\",\"observers\":[\"d-%s\"],\"tags\":[\"blue\"],"
        .formatted(ann.contact(), eve.contact()) + "\"deadline\":\"2020-01-01T00:00:00Z\"}");
    t3 = f.task(ann, "{\"description\":\"Gamma\",\"public\":true}");
    t4 = f.task(eve, "{\"description\":\"Delta private\"}");
    await(f.tasks.updateTask(ann, t3.jid().toString(), body("{\"task_status\":\"done\"}")));
  }

  @AfterAll
  static void down() {
    f.close();
  }

  private static QueryBuilder q() {
    return new QueryBuilder();
  }

  private static List<Integer> nums(Membership who, TaskQuery query) {
    return await(f.tasks.tasks(who, query)).objects().stream().map(Chat::num).toList();
  }

  /** Verifies who sees what: members their tasks, everyone but guests the public ones. */
  @Test
  void visibility() {
    List<Integer> first = List.of(1, 2, 3, 4);
    assertEquals(List.of(1, 2, 3), sorted(nums(ann, q().nums(first).build())));
    assertEquals(List.of(1, 2, 3), sorted(nums(bob, q().nums(first).build())));
    assertEquals(List.of(2, 3, 4), sorted(nums(eve, q().nums(first).build())));
    assertEquals(List.of(), nums(guest, q().nums(first).build()));
  }

  /** Verifies status, number, people, project, tag, text, public and range filters. */
  @Test
  void filters() {
    assertEquals(List.of(3), nums(ann, q().statuses(List.of("done")).build()));
    assertEquals(List.of(1, 2), sorted(nums(ann, q().excludeStatuses(List.of("done")).build())));
    assertEquals(List.of(2), nums(ann, q().nums(List.of(2)).build()));
    assertEquals(List.of(1), nums(ann, q().assignees(List.of(Jid.contact(bob.contact()))).build()));
    assertEquals(List.of(2), nums(ann, q().owners(List.of(Jid.contact(bob.contact()))).build()));
    assertEquals(List.of(2), nums(ann, q().observers(List.of(Jid.contact(eve.contact()))).build()));
    assertEquals(List.of(1, 2), sorted(nums(ann, q().members(List.of(Jid.contact(bob.contact()))).build())));
    assertEquals(List.of(1), nums(ann, q().sections(List.of(project.toString())).build()));
    assertEquals(List.of(1), nums(ann, q().sections(List.of("st-" + project)).build()));
    assertEquals(List.of(2, 3), sorted(nums(ann, q().sections(List.of("-")).build())));
    assertEquals(List.of(2), nums(ann, q().tags(List.of("blue")).build()));
    assertEquals(List.of(3), nums(ann, q().tags(List.of("-")).build()));
    assertEquals(List.of(1), nums(ann, q().q("alpha").build()));
    assertEquals(List.of(2), nums(ann, q().q("#2").build()));
    assertEquals(List.of(3), nums(ann, q().isPublic(true).build()));
    assertEquals(List.of(1), nums(ann, q().deadlineGte(Instant.parse("2025-01-01T00:00:00Z")).build()));
    assertEquals(List.of(2), nums(ann, q().deadlineLte(Instant.parse("2025-01-01T00:00:00Z")).build()));
    assertEquals(List.of(3), nums(ann, q().doneGte(Instant.now().minusSeconds(3600)).build()));
    assertEquals(List.of(), nums(ann, q().doneLte(Instant.now().minusSeconds(3600)).build()));
    assertEquals(List.of(1, 2, 3), sorted(nums(ann, q().createdGte(Instant.now().minusSeconds(3600))
        .createdLte(Instant.now().plusSeconds(60)).build())));
  }

  /** Verifies the sorts and paging (count is the total; a page past the end is empty). */
  @Test
  void sortAndPaging() {
    assertEquals(List.of(1, 2, 3), nums(ann, q().sort("created").build()));
    assertEquals(List.of(3, 2, 1), nums(ann, q().sort("-created").build()));
    assertEquals(List.of(2, 1, 3), nums(ann, q().sort("deadline").build()));
    assertEquals(List.of(1, 2, 3), nums(ann, q().sort("-deadline").build()), "no deadline comes last");
    assertEquals(List.of(3, 2, 1), nums(ann, q().build()), "by last activity, newest first");
    ChatPage page = await(f.tasks.tasks(ann, q().sort("created").limit(2).offset(1).build()));
    assertEquals(3, page.count());
    assertEquals(List.of(2, 3), page.objects().stream().map(Chat::num).toList());
    assertEquals(List.of(), await(f.tasks.tasks(ann, q().limit(2).offset(10).build())).objects());
  }

  /** Verifies delta sync: only tasks changed after the version, archived ones included. */
  @Test
  void gentimeGt() {
    long seen = await(f.tasks.tasks(eve, q().build())).objects().stream().mapToLong(Chat::gentime).max()
        .orElseThrow();
    assertEquals(List.of(), nums(eve, q().gentimeGt(seen).build()));
    Chat t5 = f.task(eve, "{\"description\":\"Epsilon\"}");
    Chat t6 = f.task(eve, "{\"description\":\"Zeta\"}");
    await(f.tasks.deleteTask(eve, t6.jid().toString()));
    List<Chat> changed = await(f.tasks.tasks(eve, q().gentimeGt(seen).build())).objects();
    assertEquals(java.util.Set.of(t5.jid(), t6.jid()), java.util.Set.copyOf(changed.stream().map(Chat::jid).toList()));
    assertTrue(changed.stream().filter(c -> c.jid().equals(t6.jid())).findFirst().orElseThrow().isArchive());
  }

  /** Verifies refusals: bad sort, project id, people JIDs, limit. */
  @Test
  void badFilters() {
    failsWith(ApiError.INVALID_DATA, f.tasks.tasks(ann, q().sort("title").build()));
    failsWith(ApiError.INVALID_DATA, f.tasks.tasks(ann, q().sections(List.of("nope")).build()));
    failsWith(ApiError.INVALID_DATA, f.tasks.tasks(ann, q().owners(List.of(t1.jid())).build()));
    failsWith(ApiError.INVALID_DATA, f.tasks.tasks(ann, q().limit(5000).build()));
  }

  private static List<Integer> sorted(List<Integer> nums) {
    return nums.stream().sorted().toList();
  }
}

package org.tadaserver.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.MultiMap;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.TaskQuery;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Jid;

/** The TaskFilter query: defaults, every key, and every kind of bad value. */
class TaskQueriesTest {
  private static final String ID = "5b3c1d2e-4f5a-4b6c-8d7e-9f0a1b2c3d4e";

  private static Queries query(String... pairs) {
    MultiMap map = MultiMap.caseInsensitiveMultiMap();
    for (int i = 0; i < pairs.length; i += 2) {
      map.add(pairs[i], pairs[i + 1]);
    }
    return new Queries(map);
  }

  /** Verifies tdclient's zeros and an empty query: nothing filtered. */
  @Test
  void defaults() {
    TaskQuery q = TaskQueries.filter(query("limit", "0", "offset", "0", "gentime_gt", "0"));
    assertEquals(TaskQuery.ALL, q);
  }

  /** Verifies every key of the task filter. */
  @Test
  void everyKey() {
    TaskQuery q = TaskQueries.filter(query("task_status", "new,Review", "exclude_task_status", "done",
        "num", "1,#12", "observer", "d-" + ID, "member", "d-" + ID, "assignee", "D-" + ID, "owner", "d-" + ID,
        "section", ID + ",-", "tag", "a,-", "q", "text", "public", "true",
        "deadline_gte", "2020-01-01T00:00:00.000000Z", "deadline_lte", "2021-01-01T00:00:00Z",
        "done_gte", "2022-01-01T00:00:00Z", "done_lte", "2023-01-01T00:00:00Z",
        "created_gte", "2024-01-01T00:00:00Z", "created_lte", "2025-01-01T00:00:00+03:00",
        "sort", "-deadline", "gentime_gt", "1601393533939084058", "limit", "5", "offset", "10", "short", "true"));
    Jid contact = Jid.parse("d-" + ID);
    assertEquals(List.of("new", "review"), q.statuses());
    assertEquals(List.of("done"), q.excludeStatuses());
    assertEquals(List.of(1, 12), q.nums());
    assertEquals(List.of(contact), q.observers());
    assertEquals(List.of(contact), q.members());
    assertEquals(List.of(contact), q.assignees());
    assertEquals(List.of(contact), q.owners());
    assertEquals(List.of(ID, "-"), q.sections());
    assertEquals(List.of("a", "-"), q.tags());
    assertEquals("text", q.q());
    assertEquals(Boolean.TRUE, q.isPublic());
    assertEquals(Instant.parse("2020-01-01T00:00:00Z"), q.deadlineGte());
    assertEquals(Instant.parse("2021-01-01T00:00:00Z"), q.deadlineLte());
    assertEquals(Instant.parse("2022-01-01T00:00:00Z"), q.doneGte());
    assertEquals(Instant.parse("2023-01-01T00:00:00Z"), q.doneLte());
    assertEquals(Instant.parse("2024-01-01T00:00:00Z"), q.createdGte());
    assertEquals(Instant.parse("2024-12-31T21:00:00Z"), q.createdLte());
    assertEquals("-deadline", q.sort());
    assertEquals(1601393533939084058L, q.gentimeGt());
    assertEquals(5, q.limit());
    assertEquals(10, q.offset());
    assertEquals(List.of(), TaskQueries.filter(query("task_status", "any")).statuses());
    assertNull(TaskQueries.filter(query("public", "any")).isPublic());
  }

  /** Verifies that every bad value is named in one INVALID_DATA. */
  @Test
  void badValues() {
    ServiceException e = assertThrows(ServiceException.class, () -> TaskQueries.filter(query("num", "x,0",
        "owner", "g-" + ID, "assignee", "nobody", "deadline_gte", "soon", "sort", "title", "gentime_gt", "-1",
        "limit", "many", "public", "perhaps")));
    assertEquals(ApiError.INVALID_DATA, e.error());
    assertEquals(Set.of("num", "owner", "assignee", "deadline_gte", "sort", "gentime_gt", "limit", "public"),
        e.details().keySet());
  }
}

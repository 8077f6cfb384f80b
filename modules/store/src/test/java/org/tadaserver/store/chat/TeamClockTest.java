package org.tadaserver.store.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.SqlConnection;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.StoreTestBase;
import org.tadaserver.store.team.TeamRow;

class TeamClockTest extends StoreTestBase {

  /** Verifies values strictly increase, are near the wall clock, and a reserved block is consecutive. */
  @Test
  void increasesAndReserves() {
    TeamRow team = newTeam();
    long first = await(db.database().pool().withTransaction(c -> new TeamClock(c).next(team.uid())));
    long nowNs = System.currentTimeMillis() * 1_000_000L;
    assertTrue(Math.abs(nowNs - first) < 60_000_000_000L, "unix nanoseconds");
    long block = await(db.database().pool().withTransaction(c -> new TeamClock(c).reserve(team.uid(), 5)));
    assertTrue(block > first);
    long after = await(db.database().pool().withTransaction(c -> new TeamClock(c).next(team.uid())));
    assertTrue(after >= block + 5, "the block " + block + "..+4 was handed out");
  }

  /** Verifies that a second writer of the team waits for the first to commit, then gets a greater value. */
  @Test
  void serialisesWritersOfOneTeam() throws Exception {
    TeamRow team = newTeam();
    TeamRow other = newTeam();
    Promise<Void> release = Promise.promise();
    Promise<Long> firstValue = Promise.promise();
    Future<Long> first = db.database().pool().withTransaction(c -> new TeamClock(c).next(team.uid())
        .onSuccess(firstValue::complete)
        .compose(g -> release.future().map(g)));
    long g1 = await(firstValue.future());
    Future<Long> second = db.database().pool().withTransaction(c -> new TeamClock(c).next(team.uid()));
    long unrelated = await(db.database().pool().withTransaction(c -> new TeamClock(c).next(other.uid())));
    assertTrue(unrelated > 0, "another team is not blocked");
    Thread.sleep(300);
    assertFalse(second.isComplete(), "the second writer waits for the clock row");
    release.complete();
    assertEquals(g1, await(first));
    assertTrue(await(second) > g1);
  }

  /** Verifies that calling it twice in one transaction is fine and increases. */
  @Test
  void reentrantInOneTransaction() {
    TeamRow team = newTeam();
    long[] values = await(db.database().pool().withTransaction((SqlConnection c) -> new TeamClock(c).next(team.uid())
        .compose(a -> new TeamClock(c).next(team.uid()).map(b -> new long[] {a, b}))));
    assertTrue(values[1] > values[0]);
  }

  /** Verifies an unknown team and a bad count fail. */
  @Test
  void badInput() {
    failure(db.database().pool().withTransaction(c -> new TeamClock(c).next(UUID.randomUUID())),
        StoreException.NotFound.class);
    TeamRow team = newTeam();
    try {
      new TeamClock(db.database().pool()).reserve(team.uid(), 0);
      throw new AssertionError("reserve(0) must fail");
    } catch (IllegalArgumentException expected) {
      assertTrue(expected.getMessage().contains("positive"));
    }
  }
}

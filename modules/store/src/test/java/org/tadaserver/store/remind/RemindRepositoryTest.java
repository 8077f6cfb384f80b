package org.tadaserver.store.remind;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.StoreTestBase;
import org.tadaserver.store.account.UserRow;
import org.tadaserver.store.team.TeamRow;

class RemindRepositoryTest extends StoreTestBase {
  private final RemindRepository reminds = new RemindRepository(db.database().pool());

  private RemindRow insert(TeamRow team, UserRow user, Instant fireAt) {
    return await(reminds.insert(new NewRemind(null, team.uid(), user.uid(), "g-" + UUID.randomUUID(), fireAt, null)));
  }

  /** Verifies insert, the owner's list in time order, and that only the owner in the team deletes. */
  @Test
  void insertListDelete() {
    TeamRow team = newTeam();
    UserRow owner = newUser();
    UserRow other = newUser();
    Instant soon = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.MICROS);
    RemindRow later = insert(team, owner, soon.plusSeconds(60));
    RemindRow first = await(reminds.insert(new NewRemind(null, team.uid(), owner.uid(), "d-" + UUID.randomUUID(),
        soon, "call back")));
    insert(team, other, soon);
    assertEquals("call back", first.comment());
    assertEquals("", later.comment());
    assertEquals(soon, first.fireAt());
    assertEquals(List.of(first, later), await(reminds.list(team.uid(), owner.uid())));
    assertEquals(List.of(), await(reminds.list(newTeam().uid(), owner.uid())));
    failure(reminds.delete(first.uid(), team.uid(), other.uid()), StoreException.NotFound.class);
    failure(reminds.delete(first.uid(), newTeam().uid(), owner.uid()), StoreException.NotFound.class);
    assertEquals(first, await(reminds.delete(first.uid(), team.uid(), owner.uid())));
    failure(reminds.delete(first.uid(), team.uid(), owner.uid()), StoreException.NotFound.class);
    assertEquals(List.of(later), await(reminds.list(team.uid(), owner.uid())));
  }

  /** Verifies that the schema refuses malformed chats, long comments and unknown owners. */
  @Test
  void badValues() {
    TeamRow team = newTeam();
    UserRow owner = newUser();
    Instant at = Instant.now().plusSeconds(60);
    failure(reminds.insert(new NewRemind(null, team.uid(), owner.uid(), "nojid", at, null)),
        StoreException.Invalid.class);
    failure(reminds.insert(new NewRemind(null, team.uid(), owner.uid(), "g-x", at, "x".repeat(4097))),
        StoreException.Invalid.class);
    failure(reminds.insert(new NewRemind(null, team.uid(), UUID.randomUUID(), "g-x", at, null)),
        StoreException.NotFound.class);
  }

  /**
   * Verifies the claim protocol: due rows only, each claimed by one scheduler while its lease runs, claimable again
   * once it has run out, and removed only by the scheduler holding it.
   */
  @Test
  void claimLeaseAndFire() throws InterruptedException {
    TeamRow team = newTeam();
    UserRow owner = newUser();
    long dueBefore = await(reminds.countDue());
    RemindRow due = insert(team, owner, Instant.now().minusSeconds(1));
    RemindRow future = insert(team, owner, Instant.now().plusSeconds(3600));
    assertEquals(dueBefore + 1, await(reminds.countDue()), "the past one is due, the future one is not");
    List<RemindRow> claimedByA = mine(await(reminds.claimDue("a", 300, 1000)), Set.of(due.uid(), future.uid()));
    assertEquals(List.of(due.uid()), claimedByA.stream().map(RemindRow::uid).toList());
    assertEquals(List.of(), mine(await(reminds.claimDue("b", 300, 1000)), Set.of(due.uid())));
    Thread.sleep(400);
    assertEquals(List.of(due.uid()), mine(await(reminds.claimDue("b", 60_000, 1000)), Set.of(due.uid()))
        .stream().map(RemindRow::uid).toList());
    assertEquals(0, await(reminds.fired("a", List.of(due.uid()))));
    assertEquals(1, await(reminds.fired("b", List.of(due.uid()))));
    assertEquals(dueBefore, await(reminds.countDue()), "a fired remind is no longer due");
    assertEquals(List.of(future), await(reminds.list(team.uid(), owner.uid())));
  }

  /** Verifies that concurrent claims take disjoint rows and together take every due row. */
  @Test
  void concurrentClaimsAreDisjoint() {
    TeamRow team = newTeam();
    UserRow owner = newUser();
    Set<UUID> ids = new HashSet<>();
    for (int i = 0; i < 60; i++) {
      ids.add(insert(team, owner, Instant.now().minusMillis(i)).uid());
    }
    List<List<RemindRow>> claims = await(io.vertx.core.Future.all(List.of(reminds.claimDue("a", 60_000, 25),
        reminds.claimDue("b", 60_000, 25), reminds.claimDue("c", 60_000, 25), reminds.claimDue("d", 60_000, 25))))
        .list();
    Set<UUID> seen = new HashSet<>();
    int total = 0;
    for (List<RemindRow> claim : claims) {
      for (RemindRow r : mine(claim, ids)) {
        assertTrue(seen.add(r.uid()), "claimed twice: " + r.uid());
        total++;
      }
    }
    for (RemindRow r : mine(await(reminds.claimDue("e", 60_000, 1000)), ids)) {
      assertTrue(seen.add(r.uid()), "claimed twice: " + r.uid());
      total++;
    }
    assertEquals(60, total);
  }

  /** Verifies the delay to the next claimable remind: 0 when one is due, about the gap when the next is ahead. */
  @Test
  void nextClaimDelay() {
    TeamRow team = newTeam();
    UserRow owner = newUser();
    RemindRow due = insert(team, owner, Instant.now().minusSeconds(1));
    assertEquals(0L, await(reminds.nextClaimDelay()));
    await(reminds.delete(due.uid(), team.uid(), owner.uid()));
    drainDue();
    RemindRow ahead = insert(team, owner, Instant.now().plusSeconds(5));
    Long delay = await(reminds.nextClaimDelay());
    assertNotNull(delay);
    assertTrue(delay > 0 && delay <= 5_000, "delay " + delay);
    await(reminds.delete(ahead.uid(), team.uid(), owner.uid()));
  }

  /** Other tests of this class leave due rows behind; a long claim keeps them out of {@link #nextClaimDelay()}. */
  private void drainDue() {
    await(reminds.claimDue("drain", 3_600_000, 100_000));
  }

  private static List<RemindRow> mine(List<RemindRow> rows, Set<UUID> ids) {
    return rows.stream().filter(r -> ids.contains(r.uid())).toList();
  }
}

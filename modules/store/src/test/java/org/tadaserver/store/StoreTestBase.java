package org.tadaserver.store;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.tadaserver.store.account.NewUser;
import org.tadaserver.store.account.UserRow;
import org.tadaserver.store.db.EmbeddedDatabaseFixture;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.NewContact;
import org.tadaserver.store.team.NewTeam;
import org.tadaserver.store.team.TeamRow;

/**
 * One embedded database per test class (a fresh temporary data directory); tests share it and keep apart by using
 * fresh random names and uuids.
 */
public abstract class StoreTestBase {
  private static final AtomicLong CLOCK = new AtomicLong();
  protected static Vertx vertx;
  protected static EmbeddedDatabaseFixture db;
  protected static Repositories repos;

  @BeforeAll
  static void openDatabase() {
    vertx = Vertx.vertx();
    db = EmbeddedDatabaseFixture.start(vertx);
    repos = Repositories.on(db.database().pool());
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
    await(vertx.close());
  }

  /** The result of {@code future}, waiting at most 30 s; its failure is rethrown. */
  protected static <T> T await(Future<T> future) {
    try {
      return future.await(30, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("no result within 30 s", e);
    }
  }

  /** Asserts that {@code future} fails with a {@code type}, and returns that failure. */
  protected static <E extends Throwable> E failure(Future<?> future, Class<E> type) {
    try {
      future.await(30, TimeUnit.SECONDS);
    } catch (Throwable e) {
      return assertInstanceOf(type, e, () -> "failed with " + e);
    }
    throw new AssertionError("expected a " + type.getSimpleName() + " but the future succeeded");
  }

  /** Asserts a {@link StoreException.Conflict} on {@code constraint}. */
  protected static void assertConflict(Future<?> future, String constraint) {
    StoreException.Conflict conflict = failure(future, StoreException.Conflict.class);
    assertTrue(constraint.equals(conflict.constraint()), () -> "conflict on " + conflict.constraint());
  }

  protected static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
  }

  /** A gentime-like clock: current unix nanos, strictly increasing within the run. */
  protected static long gentime() {
    long now = System.currentTimeMillis() * 1_000_000L;
    return CLOCK.updateAndGet(prev -> Math.max(prev + 1, now));
  }

  protected static UserRow newUser() {
    return await(repos.users().insert(NewUser.named(unique("user"))));
  }

  protected static TeamRow newTeam() {
    return await(repos.teams().insert(NewTeam.of(unique("team"), "T", "#336699"), gentime()));
  }

  protected static ContactRow newContact(TeamRow team, UserRow user, String status, String displayName) {
    return await(repos.contacts().insert(
        NewContact.member(team.uid(), user.uid(), status, displayName, displayName, "AB", "#112233"), gentime()));
  }
}

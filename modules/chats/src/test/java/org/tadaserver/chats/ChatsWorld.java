package org.tadaserver.chats;

import static org.tadaserver.bus.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.bus.Delivery;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.store.Repositories;
import org.tadaserver.store.account.NewUser;
import org.tadaserver.store.db.EmbeddedDatabaseFixture;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.NewContact;
import org.tadaserver.store.team.NewTeam;

/**
 * What every chats test fixture stands on: a Vert.x instance, the test JVM's shared embedded database, every published
 * delivery recorded, and blocking helpers to make teams and people and to look at the events they got. The fixtures of
 * groups, messages and tasks add the operations they test. Blocking: call from the JUnit thread, never an event loop.
 */
public abstract class ChatsWorld implements AutoCloseable {
  private static final AtomicInteger SEQ = new AtomicInteger();
  private static final AtomicLong CLOCK = new AtomicLong();

  public final Vertx vertx;
  public final EmbeddedDatabaseFixture db;
  public final Repositories repos;
  public final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

  protected ChatsWorld() {
    vertx = Vertx.vertx();
    db = EmbeddedDatabaseFixture.start(vertx);
    repos = Repositories.on(db.database().pool());
    await(Deliveries.consume(vertx, deliveries::addAll).completion());
  }

  @Override
  public void close() {
    db.close();
    await(vertx.close());
  }

  public static String unique(String prefix) {
    return prefix + SEQ.incrementAndGet() + "x" + UUID.randomUUID().toString().substring(0, 6);
  }

  public UUID team() {
    return await(repos.teams().insert(NewTeam.of(unique("team"), "T", "#336699"), gentime())).uid();
  }

  /** A new person in {@code team}; {@code username} is their login name (for @mentions). */
  public Membership person(UUID team, TeamStatus status, String username, String displayName) {
    UUID user = await(repos.users().insert(NewUser.named(username))).uid();
    ContactRow c = await(repos.contacts().insert(
        NewContact.member(team, user, status.wire(), displayName, displayName, "AB", "#112233"), gentime()));
    return new Membership(team, user, c.uid(), status);
  }

  /** A new person with a team status; their membership as the gateway would resolve it. */
  public Membership person(UUID team, TeamStatus status, String displayName) {
    return person(team, status, unique("user"), displayName);
  }

  public Membership person(UUID team, String displayName) {
    return person(team, TeamStatus.MEMBER, displayName);
  }

  /** The events named {@code event} delivered to {@code to}'s sessions in their team so far, as params. */
  public List<JsonNode> events(Membership to, String event) {
    return deliveries.stream()
        .filter(d -> to.team().equals(d.team()) && d.users().contains(to.user()))
        .map(d -> Wire.fromJson(d.event(), JsonNode.class))
        .filter(e -> event.equals(e.path("event").asText()))
        .map(e -> e.path("params"))
        .toList();
  }

  /** Waits (bounded) until {@code to} has at least {@code count} such events; asserts exactly that many. */
  public List<JsonNode> awaitEvents(Membership to, String event, int count) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    List<JsonNode> got = events(to, event);
    while (got.size() < count && System.nanoTime() < deadline) {
      sleep(10);
      got = events(to, event);
    }
    sleep(100);
    got = events(to, event);
    assertEquals(count, got.size(), () -> "events " + event);
    return got;
  }

  /** Lets deliveries already published arrive, then asserts {@code to} got none of {@code event}. */
  public void assertNoEvents(Membership to, String event) {
    sleep(300);
    assertEquals(List.of(), events(to, event), "no " + event + " expected");
  }

  /** Lets deliveries already published arrive, then forgets every delivery so far. */
  public void clearEvents() {
    sleep(300);
    deliveries.clear();
  }

  /** A gentime for rows the fixtures write directly: the wall clock in nanoseconds, strictly increasing. */
  protected static long gentime() {
    long now = System.currentTimeMillis() * 1_000_000L;
    return CLOCK.updateAndGet(prev -> Math.max(prev + 1, now));
  }

  public static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

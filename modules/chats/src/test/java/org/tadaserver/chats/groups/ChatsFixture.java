package org.tadaserver.chats.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.bus.Delivery;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.chats.messages.Fanout;
import org.tadaserver.chats.messages.MessageOps;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.protocol.model.MessageContent;
import org.tadaserver.store.Repositories;
import org.tadaserver.store.account.NewUser;
import org.tadaserver.store.db.EmbeddedDatabaseFixture;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.NewContact;
import org.tadaserver.store.team.NewTeam;

/**
 * Chat operations on a fresh embedded database, for one test class: {@link ChatOps}, every delivery published, and
 * blocking helpers to make teams and people (tests run on the JUnit thread, never on an event loop).
 */
final class ChatsFixture implements AutoCloseable {
  static final long TIMEOUT_S = 30;
  private static final AtomicInteger SEQ = new AtomicInteger();
  private static final AtomicLong CLOCK = new AtomicLong();

  final Vertx vertx;
  final EmbeddedDatabaseFixture db;
  final Repositories repos;
  final ChatOps ops;
  /** The other half of the chat service, to write messages the chat views and counters show. */
  final MessageOps messages;
  final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

  ChatsFixture() {
    vertx = Vertx.vertx();
    db = EmbeddedDatabaseFixture.start(vertx);
    repos = Repositories.on(db.database().pool());
    ops = new ChatOps(vertx, db.database().pool(), Limits.DEFAULTS);
    messages = new MessageOps(db.database().pool(), db.database().reads(), Limits.DEFAULTS, new Fanout(vertx),
        ops::get);
    await(Deliveries.consume(vertx, deliveries::addAll).completion());
  }

  @Override
  public void close() {
    db.close();
    await(vertx.close());
  }

  static <T> T await(Future<T> future) {
    try {
      return future.await(TIMEOUT_S, TimeUnit.SECONDS);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Asserts that {@code future} fails with a {@link ServiceException} of {@code error}; returns it. */
  static ServiceException failsWith(ApiError error, Future<?> future) {
    ServiceException e = assertThrows(ServiceException.class, () -> await(future));
    assertEquals(error, e.error(), e.getMessage());
    return e;
  }

  static String unique(String prefix) {
    return prefix + SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
  }

  UUID team() {
    return await(repos.teams().insert(NewTeam.of(unique("team"), "T", "#336699"), gentime())).uid();
  }

  /** A new person in {@code team} with a team status; their membership as the gateway would resolve it. */
  Membership person(UUID team, TeamStatus status, String name) {
    UUID user = await(repos.users().insert(NewUser.named(unique("user")))).uid();
    ContactRow c = await(repos.contacts().insert(
        NewContact.member(team, user, status.wire(), name, name, "AB", "#112233"), gentime()));
    return new Membership(team, user, c.uid(), status);
  }

  Membership person(UUID team, String name) {
    return person(team, TeamStatus.MEMBER, name);
  }

  /** Sends a plain text message as {@code from} to a chat JID as {@code from} names it. */
  Message send(Membership from, String to, String text) {
    return await(messages.send(from, new SendMessage(to, UUID.randomUUID().toString(), MessageContent.plain(text),
        null, List.of(), false, false, List.of())));
  }

  /** The events named {@code event} delivered to {@code user}'s sessions in {@code team} so far, as params. */
  List<JsonNode> events(Membership to, String event) {
    return deliveries.stream()
        .filter(d -> to.team().equals(d.team()) && d.users().contains(to.user()))
        .map(d -> Wire.fromJson(d.event(), JsonNode.class))
        .filter(e -> event.equals(e.path("event").asText()))
        .map(e -> e.path("params"))
        .toList();
  }

  /** Waits (bounded) until {@code to} has at least {@code count} such events; returns them. */
  List<JsonNode> awaitEvents(Membership to, String event, int count) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    List<JsonNode> got = events(to, event);
    while (got.size() < count && System.nanoTime() < deadline) {
      sleep(20);
      got = events(to, event);
    }
    assertEquals(count, got.size(), () -> "events " + event);
    return got;
  }

  /** Lets deliveries already published arrive, then asserts {@code to} got none of {@code event}. */
  void assertNoEvents(Membership to, String event) {
    sleep(300);
    assertEquals(List.of(), events(to, event), "no " + event + " expected");
  }

  void clearEvents() {
    sleep(300);
    deliveries.clear();
  }

  private static long gentime() {
    long now = System.currentTimeMillis() * 1_000_000L;
    return CLOCK.updateAndGet(prev -> Math.max(prev + 1, now));
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

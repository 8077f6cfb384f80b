package org.tadaserver.chats.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.tadaserver.bus.BusRpc;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.bus.Delivery;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.ChatService;
import org.tadaserver.chats.ChatVerticle;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.protocol.model.MessageContent;
import org.tadaserver.protocol.rest.GroupRequest;
import org.tadaserver.store.Repositories;
import org.tadaserver.store.account.NewUser;
import org.tadaserver.store.db.EmbeddedDatabaseFixture;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.NewContact;
import org.tadaserver.store.team.NewTeam;

/**
 * The chat service as the gateway uses it: a {@link ChatVerticle} on a fresh embedded database, called through a
 * {@link BusRpc} client, with every published delivery recorded. Blocking helpers for tests (JUnit thread only).
 */
final class MessagesFixture implements AutoCloseable {
  static final long TIMEOUT_S = 60;
  private static final AtomicInteger SEQ = new AtomicInteger();
  private static final AtomicLong CLOCK = new AtomicLong();

  final Vertx vertx;
  final EmbeddedDatabaseFixture db;
  final Repositories repos;
  final ChatVerticle verticle;
  final ChatService service;
  final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

  MessagesFixture() {
    this(Limits.DEFAULTS);
  }

  MessagesFixture(Limits limits) {
    vertx = Vertx.vertx();
    db = EmbeddedDatabaseFixture.start(vertx);
    repos = Repositories.on(db.database().pool());
    verticle = new ChatVerticle(db.database(), limits);
    await(vertx.deployVerticle(verticle));
    service = BusRpc.client(vertx, ChatService.class, ChatService.ADDRESS);
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
    return prefix + SEQ.incrementAndGet() + "x" + UUID.randomUUID().toString().substring(0, 6);
  }

  UUID team() {
    return await(repos.teams().insert(NewTeam.of(unique("team"), "T", "#336699"), gentime())).uid();
  }

  /** Sets the team's {@code max_message_update_age}. */
  void updateAge(UUID team, int seconds) {
    await(db.database().pool().preparedQuery("UPDATE teams SET max_message_update_age = $2 WHERE uid = $1")
        .execute(Tuple.of(team, seconds)));
  }

  /** A new person in {@code team}; {@code username} is their login name (for @mentions). */
  Membership person(UUID team, TeamStatus status, String username, String displayName) {
    UUID user = await(repos.users().insert(NewUser.named(username))).uid();
    ContactRow c = await(repos.contacts().insert(
        NewContact.member(team, user, status.wire(), displayName, displayName, "AB", "#112233"), gentime()));
    return new Membership(team, user, c.uid(), status);
  }

  Membership person(UUID team, String displayName) {
    return person(team, TeamStatus.MEMBER, unique("u"), displayName);
  }

  /** The same account in another team. */
  Membership alsoIn(UUID team, Membership m) {
    ContactRow c = await(repos.contacts().insert(
        NewContact.member(team, m.user(), "member", "again", "again", "AB", "#112233"), gentime()));
    return new Membership(team, m.user(), c.uid(), TeamStatus.MEMBER);
  }

  /** A group made by {@code admin} with {@code members}; its JID. */
  String group(Membership admin, Membership... members) {
    List<org.tadaserver.protocol.model.GroupMembership> list = java.util.Arrays.stream(members)
        .map(m -> new org.tadaserver.protocol.model.GroupMembership(Jid.contact(m.contact()), null, false)).toList();
    GroupRequest request = Wire.mapper().convertValue(java.util.Map.of("display_name", unique("group"),
        "members", Wire.mapper().valueToTree(list)), GroupRequest.class);
    return await(service.createGroup(admin, request)).jid().toString();
  }

  static String jid(Membership m) {
    return Jid.contact(m.contact()).toString();
  }

  static SendMessage text(String to, String text) {
    return new SendMessage(to, UUID.randomUUID().toString(), MessageContent.plain(text), null, List.of(), false, false,
        List.of());
  }

  Message send(Membership from, String to, String text) {
    return await(service.send(from, text(to, text)));
  }

  /** The events named {@code event} delivered to {@code to}'s sessions in their team so far, as params. */
  List<JsonNode> events(Membership to, String event) {
    return deliveries.stream()
        .filter(d -> to.team().equals(d.team()) && d.users().contains(to.user()))
        .map(d -> Wire.fromJson(d.event(), JsonNode.class))
        .filter(e -> event.equals(e.path("event").asText()))
        .map(e -> e.path("params"))
        .toList();
  }

  /** Waits (bounded) until {@code to} has at least {@code count} such events; asserts exactly that many. */
  List<JsonNode> awaitEvents(Membership to, String event, int count) {
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

  /** The last such event after waiting for the {@code count}-th. */
  JsonNode lastEvent(Membership to, String event, int count) {
    List<JsonNode> got = awaitEvents(to, event, count);
    return got.get(got.size() - 1);
  }

  void clearEvents() {
    sleep(200);
    deliveries.clear();
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static long gentime() {
    long now = System.currentTimeMillis() * 1_000_000L;
    return CLOCK.updateAndGet(prev -> Math.max(prev + 1, now));
  }
}

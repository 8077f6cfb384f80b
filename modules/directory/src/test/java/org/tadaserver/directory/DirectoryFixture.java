package org.tadaserver.directory;

import static org.tadaserver.bus.testing.Await.await;
import static org.junit.jupiter.api.Assertions.fail;

import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.bus.Delivery;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.directory.admin.DirectoryAdmin;
import org.tadaserver.directory.service.DirectoryServiceImpl;
import org.tadaserver.protocol.Envelope;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.rest.ContactRequest;
import org.tadaserver.protocol.rest.TeamRequest;
import org.tadaserver.store.db.EmbeddedDatabaseFixture;

/**
 * A directory on a fresh embedded database, for one test class: the service, the admin, every delivery it published,
 * and blocking helpers (tests run on the JUnit thread, never on an event loop).
 */
final class DirectoryFixture implements AutoCloseable {
  private static final AtomicInteger SEQ = new AtomicInteger();

  final Vertx vertx;
  final EmbeddedDatabaseFixture db;
  final DirectoryService service;
  final DirectoryAdmin admin;
  final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

  DirectoryFixture() {
    this(Limits.DEFAULTS);
  }

  DirectoryFixture(Limits limits) {
    vertx = Vertx.vertx();
    db = EmbeddedDatabaseFixture.start(vertx);
    service = new DirectoryServiceImpl(vertx, db.database(), limits);
    admin = new DirectoryAdmin(db.database(), limits);
    await(Deliveries.consume(vertx, deliveries::addAll).completion());
  }

  @Override
  public void close() {
    db.close();
    await(vertx.close());
  }

  static String unique(String prefix) {
    return prefix + SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
  }

  /** A new account in {@code team} with password {@code "pw-" + username}. */
  CreatedUser user(UUID team, boolean admin) {
    String username = unique("user");
    return await(this.admin.createUser(team, username, "pw-" + username, "Given" + SEQ.get(), "Family", admin));
  }

  /** A team with an owner (made through the admin, then used through the service). */
  Members team() {
    UUID team = await(admin.createTeam(unique("team ")));
    return new Members(team, user(team, true));
  }

  Caller caller(CreatedUser user) {
    return await(service.authenticate(user.token()));
  }

  /** Waits (at most 5 s) for deliveries that match and returns them; fails if none comes. */
  List<Delivery> awaitDeliveries(Predicate<Delivery> match) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      List<Delivery> found = matching(match);
      if (!found.isEmpty()) {
        return found;
      }
      sleep(20);
    }
    return fail("no matching delivery among " + deliveries.size());
  }

  List<Delivery> matching(Predicate<Delivery> match) {
    List<Delivery> found = new ArrayList<>();
    for (Delivery d : deliveries) {
      if (match.test(d)) {
        found.add(d);
      }
    }
    return found;
  }

  /** Lets deliveries published so far arrive (the bus is asynchronous) before asserting that none matched. */
  static void settle() {
    sleep(200);
  }

  static boolean isEvent(Delivery d, String event) {
    return Envelope.parse(d.event()).event().equals(event);
  }

  static ContactRequest contactRequest(String json) {
    return Wire.fromJson(json.replace('\'', '"'), ContactRequest.class);
  }

  static TeamRequest teamRequest(String json) {
    return Wire.fromJson(json.replace('\'', '"'), TeamRequest.class);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A team and its owner. */
  record Members(UUID team, CreatedUser owner) {}
}

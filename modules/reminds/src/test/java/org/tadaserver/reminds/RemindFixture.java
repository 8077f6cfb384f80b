package org.tadaserver.reminds;

import static org.tadaserver.bus.testing.Await.await;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.tadaserver.bus.BusRpc;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.bus.Delivery;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Envelope;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.store.Repositories;
import org.tadaserver.store.account.NewUser;
import org.tadaserver.store.db.EmbeddedDatabaseFixture;
import org.tadaserver.store.remind.RemindRepository;
import org.tadaserver.store.team.NewTeam;

/**
 * A Vert.x with the shared embedded database, one {@link FiredRelay} and one {@link RemindVerticle} whose chat check
 * accepts only the chats a test registered in {@link #visible}; every delivery that reaches this node's gateway
 * address is recorded in {@link #delivered}.
 */
abstract class RemindFixture {
  static final RemindSettings FAST = new RemindSettings(100, 1_000, 500, 60_000);
  static Vertx vertx;
  static EmbeddedDatabaseFixture db;
  static RemindService service;
  static RemindRepository repo;
  /** Chats each actor (by contact) may see. */
  static final Map<UUID, List<Jid>> visible = new ConcurrentHashMap<>();
  static final List<Delivery> delivered = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startNode() {
    vertx = Vertx.vertx();
    db = EmbeddedDatabaseFixture.start(vertx);
    repo = new RemindRepository(db.database().pool());
    await(Deliveries.consume(vertx, delivered::addAll).completion());
    ChatCheck check = (actor, chat) -> visible.getOrDefault(actor.contact(), List.of()).contains(chat)
        ? Future.succeededFuture() : Future.failedFuture(ServiceException.notFound("chat"));
    await(vertx.deployVerticle(new FiredRelay(FAST)));
    await(vertx.deployVerticle(new RemindVerticle(db.database(), FAST, "test", check)));
    service = BusRpc.client(vertx, RemindService.class, RemindService.ADDRESS);
  }

  @AfterAll
  static void stopNode() {
    vertx.deploymentIDs().forEach(id -> await(vertx.undeploy(id)));
    db.close();
    await(vertx.close());
  }

  /** A new user in a new team, as a member, with one visible group chat. */
  static Membership member() {
    return memberOf(await(Repositories.on(db.database().pool()).teams()
        .insert(NewTeam.of("t-" + UUID.randomUUID(), "T", "#336699"), System.currentTimeMillis() * 1_000_000L)).uid());
  }

  static Membership memberOf(UUID team) {
    UUID user = await(Repositories.on(db.database().pool()).users()
        .insert(NewUser.named("u-" + UUID.randomUUID()))).uid();
    Membership m = new Membership(team, user, UUID.randomUUID(), TeamStatus.MEMBER);
    visible.put(m.contact(), List.of(Jid.group(UUID.randomUUID())));
    return m;
  }

  static Jid chatOf(Membership m) {
    return visible.get(m.contact()).get(0);
  }

  /** The events delivered to {@code user}, by event name, decoded as envelopes. */
  static List<Envelope> eventsTo(UUID user, String name) {
    return delivered.stream().filter(d -> d.users().contains(user))
        .map(d -> Envelope.parse(d.event()))
        .filter(e -> e.event().equals(name))
        .toList();
  }
}

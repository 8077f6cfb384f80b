package org.tadaserver.reminds;

import static org.tadaserver.bus.testing.Await.await;
import static org.junit.jupiter.api.Assertions.*;
import static org.tadaserver.reminds.RemindServiceTest.awaitEvents;
import static org.tadaserver.reminds.RemindServiceTest.sleep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.Delivery;
import org.tadaserver.bus.metrics.Meters;
import org.tadaserver.bus.metrics.Metrics;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Envelope;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.protocol.event.ServerRemindFired;
import org.tadaserver.protocol.model.Remind;
import org.tadaserver.store.remind.NewRemind;
import org.tadaserver.store.remind.RemindRepository;

class RemindFiringTest extends RemindFixture {

  private static Remind create(Membership owner, Instant at) {
    return await(service.createRemind(owner, new RemindRequest(chatOf(owner).toString(), at.toString(), null)));
  }

  private static List<String> firedUids(UUID user) {
    List<String> out = new ArrayList<>();
    for (Envelope e : eventsTo(user, "server.remind.fired")) {
      Events.decode(e, ServerRemindFired.class).reminds().forEach(r -> out.add(r.uid()));
    }
    return out;
  }

  /** Verifies that a remind fires once, to its owner only, close to its time, and then leaves the list. */
  @Test
  void firesOnceOnTime() {
    Membership owner = member();
    Membership teammate = memberOf(owner.team());
    double firedBefore = Meters.of(vertx).counter(Metrics.REMINDERS_FIRED).count();
    Instant at = Instant.now().plusMillis(2_000);
    Remind remind = create(owner, at);
    awaitEvents(owner.user(), "server.remind.fired", 1);
    assertTrue(Meters.of(vertx).counter(Metrics.REMINDERS_FIRED).count() > firedBefore, "counted as fired");
    long lateMs = System.currentTimeMillis() - at.toEpochMilli();
    assertTrue(lateMs < 1_000, "fired " + lateMs + " ms after its time");
    // compared as the client reads them: a same-JVM service call hands the record over as is (an empty comment
    // stays ""), the event went through JSON (an empty comment is left out)
    assertEquals(Wire.toJson(List.of(remind)), Wire.toJson(Events.decode(
        eventsTo(owner.user(), "server.remind.fired").get(0), ServerRemindFired.class).reminds()));
    sleep(500);
    assertEquals(List.of(remind.uid()), firedUids(owner.user()));
    assertEquals(List.of(), eventsTo(teammate.user(), "server.remind.fired"));
    assertEquals(List.of(), await(service.reminds(owner)));
  }

  /** Verifies that a remind deleted before its time never fires. */
  @Test
  void deletedNeverFires() {
    Membership owner = member();
    Instant at = Instant.now().plusMillis(3_000);
    Remind remind = create(owner, at);
    await(service.deleteRemind(owner, remind.uid()));
    sleep(Math.max(0, at.toEpochMilli() - System.currentTimeMillis()) + 1_000);
    assertEquals(List.of(), firedUids(owner.user()));
  }

  /** Verifies that a remind already due when a scheduler first looks (nodes were down) fires once. */
  @Test
  void overdueFiresOnceAtStart() {
    Membership owner = member();
    UUID uid = UUID.randomUUID();
    await(repo.insert(new NewRemind(uid, owner.team(), owner.user(), chatOf(owner).toString(),
        Instant.now().minusSeconds(3600), "missed")));
    awaitEvents(owner.user(), "server.remind.fired", 1);
    sleep(300);
    assertEquals(List.of(uid.toString()), firedUids(owner.user()));
  }

  /**
   * Verifies recovery from a scheduler that died holding a claim: once the claim's lease runs out, another scheduler
   * fires the remind, once. (The ghost claims in the inserting transaction, so the real scheduler never sees the
   * remind unclaimed.)
   */
  @Test
  void claimOfDeadSchedulerIsFiredAfterLease() {
    Membership owner = member();
    UUID uid = UUID.randomUUID();
    NewRemind overdue = new NewRemind(uid, owner.team(), owner.user(), chatOf(owner).toString(),
        Instant.now().minusSeconds(1), null);
    await(db.database().pool().withTransaction(conn -> new RemindRepository(conn).insert(overdue)
        .compose(r -> new RemindRepository(conn).claimDue("ghost", 1_500, 10_000))));
    Remind remind = new Remind(uid.toString(), chatOf(owner), null, null);
    sleep(700);
    assertEquals(List.of(), firedUids(owner.user()), "fired while another scheduler's lease ran");
    awaitEvents(owner.user(), "server.remind.fired", 1);
    sleep(300);
    assertEquals(List.of(remind.uid()), firedUids(owner.user()));
  }

  /** Verifies that a relay hands each remind to its gateway once, however often it is fired. */
  @Test
  void relayDropsSecondFiring() {
    Membership owner = member();
    String uid = UUID.randomUUID().toString();
    Remind remind = new Remind(uid, chatOf(owner), Instant.now(), null);
    Firing firing = new Firing(uid, Delivery.toUser(owner.team(), owner.user(), Events.toJson(
        new ServerRemindFired(List.of(remind)))));
    FiredRelay.publish(vertx, List.of(firing, firing));
    FiredRelay.publish(vertx, List.of(firing));
    awaitEvents(owner.user(), "server.remind.fired", 1);
    sleep(300);
    assertEquals(List.of(uid), firedUids(owner.user()));
  }

  /**
   * Verifies that three schedulers (as on three nodes) on one database publish each of 300 reminds exactly once, every one within 1 s
   * of its time.
   */
  @Test
  void concurrentSchedulersFireEachOnce() {
    List<String> extra = new ArrayList<>();
    Map<String, Integer> published = new ConcurrentHashMap<>();
    Map<String, Long> publishedAt = new ConcurrentHashMap<>();
    vertx.eventBus().<String>consumer(FiredRelay.ADDRESS, msg -> {
      for (Firing f : Wire.fromJson(msg.body(), Firing[].class)) {
        published.merge(f.remind(), 1, Integer::sum);
        publishedAt.putIfAbsent(f.remind(), System.currentTimeMillis());
      }
    });
    try {
      for (String name : List.of("second", "third")) {
        extra.add(await(vertx.deployVerticle(new RemindVerticle(db.database(), FAST, name, (a, c) ->
            io.vertx.core.Future.succeededFuture()))));
      }
      Membership owner = member();
      Instant start = Instant.now().plusSeconds(10);
      List<io.vertx.core.Future<Remind>> creates = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        creates.add(service.createRemind(owner, new RemindRequest(chatOf(owner).toString(),
            start.plusMillis(i * 5L).toString(), null)));
      }
      Map<String, Instant> due = new HashMap<>();
      for (Remind r : await(io.vertx.core.Future.all(creates)).<Remind>list()) {
        due.put(r.uid(), r.fireAt());
      }
      assertTrue(Instant.now().isBefore(start), "creating took too long to test timing");
      long deadline = System.currentTimeMillis() + 20_000;
      while (!published.keySet().containsAll(due.keySet()) && System.currentTimeMillis() < deadline) {
        sleep(50);
      }
      sleep(500);
      for (Map.Entry<String, Instant> e : due.entrySet()) {
        assertEquals(1, published.getOrDefault(e.getKey(), 0), "publications of " + e.getKey());
        long late = publishedAt.get(e.getKey()) - e.getValue().toEpochMilli();
        assertTrue(late > -50 && late < 1_000, "published " + late + " ms after its time");
      }
      assertEquals(300, firedUids(owner.user()).size());
    } finally {
      extra.forEach(id -> await(vertx.undeploy(id)));
    }
  }
}

package org.tadaserver.reminds;

import io.micrometer.core.instrument.Counter;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.bus.metrics.Meters;
import org.tadaserver.bus.metrics.Metrics;
import org.tadaserver.store.remind.RemindRepository;
import org.tadaserver.store.remind.RemindRow;

/**
 * Fires due reminds; one per node, any number of nodes on one database. Each round:
 * <ol>
 *   <li>claims the due reminds (unclaimed, or whose claim's lease ran out) with {@code FOR UPDATE SKIP LOCKED}, so
 *       concurrent schedulers take disjoint rows;</li>
 *   <li>publishes a {@link Firing} per remind to every node's {@link FiredRelay};</li>
 *   <li>deletes the reminds it still holds (the record that they fired).</li>
 * </ol>
 * Then it sleeps until the next remind can be claimed (asked of the database, whose clock every node shares), but at
 * most {@link RemindSettings#pollMs()}: reminds created on other nodes are seen within that bound, and those created
 * through this node wake it at once ({@link #wake()}). A full batch is followed by another round at once.
 *
 * <p>Never zero: a remind leaves the table only after its firing was published; if this node dies before that, its
 * claims expire after {@link RemindSettings#leaseMs()} and another node fires them (late by about the lease). A remind
 * due while every node was down is due at the first round of the first node up. Never twice: a claim is exclusive
 * while its lease runs, and a second firing after an expired lease is dropped by the relays that delivered the first.
 * A deleted remind has no row, so it can be neither claimed nor fired.
 */
final class RemindScheduler {
  private static final Logger log = LoggerFactory.getLogger(RemindScheduler.class);
  private final Vertx vertx;
  private final RemindRepository reminds;
  private final RemindSettings settings;
  private final String holder;
  private boolean running;
  private boolean wakeAgain;
  private boolean stopped;
  private long timer = -1;
  private final Counter firedTotal;

  /** @param holder this scheduler's name in claims; unique per scheduler instance */
  RemindScheduler(Vertx vertx, RemindRepository reminds, RemindSettings settings, String holder) {
    this.vertx = vertx;
    this.reminds = reminds;
    this.settings = settings;
    this.holder = holder;
    this.firedTotal = Counter.builder(Metrics.REMINDERS_FIRED).description("reminders fired by this node")
        .register(Meters.of(vertx));
  }

  /** Starts the rounds; call on the owning verticle's context, as every other method. */
  void start() {
    round();
  }

  /** Runs a round now (after the current one, if one is running): something may be due sooner than planned. */
  void wake() {
    if (stopped) {
      return;
    }
    if (running) {
      wakeAgain = true;
      return;
    }
    vertx.cancelTimer(timer);
    round();
  }

  void stop() {
    stopped = true;
    vertx.cancelTimer(timer);
  }

  private void round() {
    if (stopped) {
      return;
    }
    running = true;
    wakeAgain = false;
    reminds.claimDue(holder, settings.leaseMs(), settings.batch())
        .compose(this::fire)
        .compose(claimed -> claimed >= settings.batch() ? Future.succeededFuture(0L) : reminds.nextClaimDelay())
        .onComplete(ar -> {
          running = false;
          if (ar.failed()) {
            log.warn("remind round failed; retrying in {} ms: {}", settings.pollMs(), ar.cause().toString());
          }
          long delay = ar.succeeded() && ar.result() != null ? Math.min(ar.result(), settings.pollMs())
              : settings.pollMs();
          schedule(wakeAgain ? 0 : delay);
        });
  }

  /** Publishes the claimed reminds, then records them fired; answers how many were claimed. */
  private Future<Integer> fire(List<RemindRow> claimed) {
    if (claimed.isEmpty()) {
      return Future.succeededFuture(0);
    }
    FiredRelay.publish(vertx, claimed.stream()
        .map(row -> new Firing(row.uid().toString(), RemindViews.fired(row))).toList());
    firedTotal.increment(claimed.size());
    return reminds.fired(holder, claimed.stream().map(RemindRow::uid).toList())
        .map(removed -> claimed.size());
  }

  private void schedule(long delayMs) {
    if (stopped) {
      return;
    }
    if (delayMs <= 0) {
      vertx.runOnContext(v -> round());
    } else {
      timer = vertx.setTimer(delayMs, id -> round());
    }
  }
}

package org.tadaserver.app.cluster;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices that this node was frozen (SIGSTOP, a stalled VM, a very long GC pause) for longer than the cluster's failure
 * timeout and that the others removed it meanwhile. Such a node wakes up as a cluster of its own: it still serves its
 * sockets, but the others no longer route events or chat work to it, so its users would miss messages and presence
 * would split. Hazelcast merges the halves only minutes later, and the event bus does not recover its registrations
 * reliably after that. The node must leave instead: its owner drains it and exits, the load balancer moves its
 * clients, and the supervisor starts it again as a fresh member.
 *
 * <p>How: {@link #tick()} runs every {@link #TICK} on its own thread and remembers the members it saw. A gap between
 * ticks longer than the failure timeout is a freeze; if within the timeout (plus {@link #GRACE}) after it a member of
 * the last view from before the freeze is missing, this node was cut off, and {@code onExpelled} runs once. A freeze
 * shorter than the timeout, or one after which every member is still there, only logs.
 */
public final class ExpulsionWatch {
  static final Duration TICK = Duration.ofMillis(250);
  static final Duration GRACE = Duration.ofSeconds(2);
  private static final Logger log = LoggerFactory.getLogger(ExpulsionWatch.class);
  private final Supplier<Set<UUID>> members;
  private final LongSupplier nanoTime;
  private final long timeoutNanos;
  private final Runnable onExpelled;
  private long lastTick;
  private Set<UUID> lastView;
  /** The view from before a freeze while its aftermath is being watched, else null. */
  private Set<UUID> beforeFreeze;
  private long watchUntil;
  private volatile boolean expelled;

  /**
   * @param members    the current members' ids as this node sees them
   * @param timeout    the cluster's failure timeout ({@code cluster.heartbeat_timeout_s})
   * @param onExpelled what to do when cut off (run at most once, on the watch thread)
   */
  ExpulsionWatch(Supplier<Set<UUID>> members, LongSupplier nanoTime, Duration timeout, Runnable onExpelled) {
    this.members = members;
    this.nanoTime = nanoTime;
    this.timeoutNanos = timeout.toNanos();
    this.onExpelled = onExpelled;
    this.lastTick = nanoTime.getAsLong();
    this.lastView = members.get();
  }

  /** Starts watching on a daemon thread (it ends with the JVM). */
  public static void start(Supplier<Set<UUID>> members, Duration timeout, Runnable onExpelled) {
    ExpulsionWatch watch = new ExpulsionWatch(members, System::nanoTime, timeout, onExpelled);
    Thread thread = new Thread(() -> {
      while (!watch.expelled) {
        try {
          Thread.sleep(TICK.toMillis());
        } catch (InterruptedException e) {
          return;
        }
        watch.tick();
      }
    }, "tada-expulsion-watch");
    thread.setDaemon(true);
    thread.start();
  }

  /** One look: called every {@link #TICK}. */
  void tick() {
    long now = nanoTime.getAsLong();
    long gap = now - lastTick;
    lastTick = now;
    Set<UUID> view = members.get();
    if (gap > timeoutNanos && beforeFreeze == null) {
      log.warn("this node was frozen for {} ms (failure timeout {} ms); checking whether the cluster removed it",
          gap / 1_000_000, timeoutNanos / 1_000_000);
      beforeFreeze = lastView;
      watchUntil = now + timeoutNanos + GRACE.toNanos();
    }
    lastView = view;
    if (beforeFreeze == null) {
      return;
    }
    if (!view.containsAll(beforeFreeze)) {
      log.error("the cluster removed this node while it was frozen (members before: {}, now: {}); leaving",
          beforeFreeze.size(), view.size());
      expelled = true;
      beforeFreeze = null;
      onExpelled.run();
    } else if (now > watchUntil) {
      log.info("still a member of the same cluster after the freeze");
      beforeFreeze = null;
    }
  }

  boolean expelled() {
    return expelled;
  }
}

package org.tadaserver.bench.scenario;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.tadaserver.bench.report.RunResult;

/**
 * The soak's reconnects: every {@code every}, the clients {@code first .. first+count-1} close their sessions, stay
 * away for {@code away}, and connect again. They belong to users who neither send nor receive tracked messages (they
 * only see presence), so a session that is away loses nothing the ledger expects. A new round starts only when every
 * reconnect of the last one has finished. The wait before reconnecting also lets the old socket's close be reported
 * while the client still knows it closed on purpose.
 */
final class Churn implements RunWatcher {
  private final int first;
  private final int count;
  private final long everyNanos;
  private final long awayNanos;
  private final AtomicInteger pending = new AtomicInteger();
  private final LongAdder reconnects = new LongAdder();
  private final LongAdder failures = new LongAdder();
  private long nextClose;
  private long reopenAt = -1;
  private long rounds;

  Churn(int first, int count, Duration every, Duration away) {
    if (count < 0 || every.isNegative() || every.isZero() || away.isNegative() || away.compareTo(every) >= 0) {
      throw new IllegalArgumentException("reconnects need 0+ sessions and 0 <= away < every");
    }
    this.first = first;
    this.count = count;
    this.everyNanos = every.toNanos();
    this.awayNanos = away.toNanos();
    this.nextClose = everyNanos;
  }

  @Override
  public void tick(Clients clients, long elapsedNanos) {
    if (count == 0) {
      return;
    }
    if (reopenAt >= 0 && elapsedNanos >= reopenAt) {
      reopenAt = -1;
      for (int i = first; i < first + count; i++) {
        pending.incrementAndGet();
        clients.reconnect(i).onComplete(done -> {
          (done.succeeded() ? reconnects : failures).increment();
          pending.decrementAndGet();
        });
      }
    } else if (reopenAt < 0 && pending.get() == 0 && elapsedNanos >= nextClose) {
      rounds++;
      for (int i = first; i < first + count; i++) {
        clients.get(i).close();
      }
      reopenAt = elapsedNanos + awayNanos;
      nextClose = elapsedNanos + everyNanos;
    }
  }

  @Override
  public void report(RunResult r) {
    r.put("reconnect_sessions", count).put("reconnect_rounds", rounds)
        .put("reconnects", reconnects.sum()).put("reconnect_failures", failures.sum());
  }
}

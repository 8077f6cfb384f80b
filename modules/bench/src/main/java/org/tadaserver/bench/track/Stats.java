package org.tadaserver.bench.track;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The counters and latency histograms of one run, written from any client thread. Latencies are recorded in
 * microseconds by lock-free {@link Recorder}s; {@link #sample()} moves what was recorded since the last call into the
 * run's totals (when measuring) and returns it, so a progress line can show the last interval. Only one thread samples.
 */
public final class Stats {
  private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);
  public final LongAdder sent = new LongAdder();
  public final LongAdder confirmed = new LongAdder();
  public final LongAdder delivered = new LongAdder();
  public final LongAdder duplicated = new LongAdder();
  public final LongAdder duplicateConfirms = new LongAdder();
  /** Server echoes of a sender's own message to its own session (not counted as deliveries). */
  public final LongAdder echoes = new LongAdder();
  /** server.warning events, failed connects, unexpected closes, deliveries to the wrong recipient. */
  public final LongAdder errors = new LongAdder();
  public final LongAdder warnings = new LongAdder();
  public final LongAdder unexpected = new LongAdder();
  /** Messages a paced sender could not send on time because its window of unconfirmed messages was full. */
  public final LongAdder skipped = new LongAdder();
  /** Deliveries of messages of another run (an earlier run in the same chats); ignored. */
  public final LongAdder foreign = new LongAdder();
  public final LongAdder connectFailures = new LongAdder();
  public final LongAdder unexpectedCloses = new LongAdder();
  private final Recorder deliverLatency = new Recorder(MAX_MICROS, 3);
  private final Recorder confirmLatency = new Recorder(MAX_MICROS, 3);
  private final Histogram deliverTotal = new Histogram(MAX_MICROS, 3);
  private final Histogram confirmTotal = new Histogram(MAX_MICROS, 3);
  private volatile boolean measuring;

  public void recordDelivery(long sentNanos, long nowNanos) {
    deliverLatency.recordValue(clamp((nowNanos - sentNanos) / 1000));
  }

  public void recordConfirm(long sentNanos, long nowNanos) {
    confirmLatency.recordValue(clamp((nowNanos - sentNanos) / 1000));
  }

  private static long clamp(long micros) {
    return Math.max(0, Math.min(MAX_MICROS, micros));
  }

  /** Starts (or stops) adding sampled latencies to the totals; what was recorded before is dropped. */
  public synchronized void measuring(boolean on) {
    sample();
    measuring = on;
  }

  public boolean measuring() {
    return measuring;
  }

  /** Send-to-deliver latencies recorded since the last sample (added to the totals when measuring). */
  public synchronized Histogram sample() {
    Histogram interval = deliverLatency.getIntervalHistogram();
    Histogram confirms = confirmLatency.getIntervalHistogram();
    if (measuring) {
      deliverTotal.add(interval);
      confirmTotal.add(confirms);
    }
    return interval;
  }

  public synchronized Histogram deliverTotal() {
    return deliverTotal.copy();
  }

  public synchronized Histogram confirmTotal() {
    return confirmTotal.copy();
  }

  public void error() {
    errors.increment();
  }
}

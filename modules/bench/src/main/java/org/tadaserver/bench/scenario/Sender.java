package org.tadaserver.bench.scenario;

import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.tadaserver.bench.client.BenchClient;
import org.tadaserver.bench.client.Frames;
import org.tadaserver.bench.track.Ledger;
import org.tadaserver.bench.track.MessageIds;
import org.tadaserver.bench.track.Stats;

/**
 * The sending side of one client: its sequence numbers, the messages it has in flight (by confirm_id, which is the
 * sequence number), and its pacing timer. Every method runs on the client's event loop, so none needs a lock.
 */
final class Sender {
  private final int index;
  private final BenchClient client;
  private final String to;
  private final Shared shared;
  private final Map<Integer, Long> inflight = new HashMap<>();
  private final Set<Integer> warned = new HashSet<>();
  private int nextSeq;
  private long timer = -1;
  private long pacedSince;
  private long pacedCount;

  /** What all senders of a run share. */
  record Shared(MessageIds ids, Ledger ledger, Stats stats, int messageSize, Pace pace, AtomicLong outstanding) {}

  Sender(int index, BenchClient client, String to, Shared shared) {
    this.index = index;
    this.client = client;
    this.to = to;
    this.shared = shared;
  }

  int index() {
    return index;
  }

  BenchClient client() {
    return client;
  }

  /** Starts sending; {@code perSenderRate} is ignored in closed loop. */
  void start(Vertx vertx, double perSenderRate, long startDelayMs) {
    if (shared.pace().closedLoop()) {
      while (inflight.size() < shared.pace().window()) {
        sendOne();
      }
      return;
    }
    long periodMs = Math.max(1, Math.min(100, (long) (1000 / Math.max(perSenderRate, 1e-3))));
    vertx.setTimer(Math.max(1, startDelayMs), t -> {
      pacedSince = System.nanoTime();
      timer = vertx.setPeriodic(periodMs, id -> tick(perSenderRate));
    });
  }

  void stop(Vertx vertx) {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
      timer = -1;
    }
  }

  private void tick(double perSenderRate) {
    long due = (long) ((System.nanoTime() - pacedSince) * perSenderRate / 1e9) - pacedCount;
    for (long i = 0; i < due; i++) {
      pacedCount++;
      if (inflight.size() >= shared.pace().window()) {
        shared.stats().skipped.increment();
      } else {
        sendOne();
      }
    }
  }

  private void sendOne() {
    int seq = nextSeq++;
    long now = System.nanoTime();
    String frame = Frames.message(to, shared.ids().id(index, seq), Frames.text(now, shared.messageSize()),
        Integer.toString(seq));
    inflight.put(seq, now);
    shared.outstanding().incrementAndGet();
    shared.stats().sent.increment();
    client.send(frame);
  }

  /** A {@code server.confirm}; in closed loop it frees the slot for the next message. */
  void confirmed(String confirmId, long now, boolean keepSending) {
    Integer seq = parse(confirmId);
    if (seq == null) {
      shared.stats().error();
      return;
    }
    Long sentAt = inflight.remove(seq);
    if (sentAt == null) {
      if (!warned.remove(seq)) {
        shared.stats().duplicateConfirms.increment();
        shared.stats().error();
      }
      return;
    }
    shared.outstanding().decrementAndGet();
    if (shared.ledger().confirm(index, seq)) {
      shared.stats().confirmed.increment();
      shared.stats().recordConfirm(sentAt, now);
    }
    if (keepSending && shared.pace().closedLoop()) {
      sendOne();
    }
  }

  /**
   * A {@code server.warning} about one of this sender's messages: it was refused. The server still confirms the event
   * afterwards, and that confirm must not count the message as stored.
   */
  void refused(String confirmId, boolean keepSending) {
    Integer seq = parse(confirmId);
    if (seq != null && inflight.remove(seq) != null) {
      warned.add(seq);
      shared.outstanding().decrementAndGet();
      if (keepSending && shared.pace().closedLoop()) {
        sendOne();
      }
    }
  }

  private static Integer parse(String confirmId) {
    try {
      return confirmId == null ? null : Integer.valueOf(confirmId);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

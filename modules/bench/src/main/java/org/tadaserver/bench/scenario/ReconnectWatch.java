package org.tadaserver.bench.scenario;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import org.tadaserver.bench.client.BenchClient;
import org.tadaserver.bench.client.ClientListener;
import org.tadaserver.bench.client.Inbound;
import org.tadaserver.bench.track.MessageIds;
import org.tadaserver.bench.track.Stats;

/**
 * What the reconnect scenario observes. Session {@code s} belongs to user {@code s % users}; writer {@code w} sends
 * each of its users {@code u} two messages with ids {@code (w, 2u)} (before the drop) and {@code (w, 2u + 1)} (during
 * it), which every session of that user must get. For each session it records the gentime of the last message seen,
 * when it was back and when it had the message sent during the drop (by push or by catch-up).
 */
final class ReconnectWatch implements ClientListener {
  private final int receivers;
  private final int users;
  private final MessageIds ids;
  private final Stats stats;
  private final BulkWriter[] writers;
  private final AtomicLongArray gentime;
  private final AtomicIntegerArray seen;
  final AtomicLongArray backAt;
  final AtomicLongArray caughtAt;

  ReconnectWatch(int receivers, int users, int writers, MessageIds ids, Stats stats) {
    this.receivers = receivers;
    this.users = users;
    this.ids = ids;
    this.stats = stats;
    this.writers = new BulkWriter[writers];
    this.gentime = new AtomicLongArray(receivers);
    this.seen = new AtomicIntegerArray(2 * receivers);
    this.backAt = new AtomicLongArray(receivers);
    this.caughtAt = new AtomicLongArray(receivers);
  }

  static String helloId(MessageIds ids, int writer, int user) {
    return ids.id(writer, 2L * user);
  }

  static String outageId(MessageIds ids, int writer, int user) {
    return ids.id(writer, 2L * user + 1);
  }

  /** The user of session {@code receiver}. */
  int userOf(int receiver) {
    return receiver % users;
  }

  void writer(int w, BulkWriter writer) {
    writers[w] = writer;
  }

  long gentime(int receiver) {
    return gentime.get(receiver);
  }

  boolean sawHello(int receiver) {
    return seen.get(2 * receiver) > 0;
  }

  /** The packed sender and sequence of a message id of this run, or -1. */
  long decode(String messageId) {
    return ids.decode(messageId);
  }

  /** Marks {@code receiver} as caught up now, once. */
  void caughtUp(int receiver) {
    caughtAt.compareAndSet(receiver, 0, System.nanoTime());
  }

  @Override
  public void onEvent(BenchClient client, Inbound in, long now) {
    if (in.event() == null) {
      return;
    }
    int index = client.index();
    switch (in.event()) {
      case Inbound.CONFIRM -> {
        if (index >= receivers) {
          writers[index - receivers].answered(in.confirms());
        }
      }
      case Inbound.WARNING -> {
        stats.warnings.increment();
        stats.error();
        if (index >= receivers && in.warnedConfirmId() != null) {
          writers[index - receivers].answered(in.warnedConfirmId());
        }
      }
      case Inbound.MESSAGE_UPDATED -> {
        if (index < receivers) {
          delivered(index, in);
        }
      }
      default -> { }
    }
  }

  private void delivered(int receiver, Inbound in) {
    for (Inbound.Delivered d : in.messages()) {
      long packed = ids.decode(d.messageId());
      if (packed < 0) {
        stats.foreign.increment();
        continue;
      }
      int seq = MessageIds.seq(packed);
      if (seq / 2 != userOf(receiver)) {
        stats.unexpected.increment();
        stats.error();
        continue;
      }
      if (seen.getAndIncrement(2 * receiver + seq % 2) > 0) {
        stats.duplicated.increment();
      } else {
        stats.delivered.increment();
      }
      gentime.accumulateAndGet(receiver, d.gentime(), Math::max);
      if (seq % 2 == 1) {
        caughtUp(receiver);
      }
    }
  }
}

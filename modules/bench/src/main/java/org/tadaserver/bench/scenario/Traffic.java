package org.tadaserver.bench.scenario;

import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.tadaserver.bench.client.BenchClient;
import org.tadaserver.bench.client.ClientListener;
import org.tadaserver.bench.client.Frames;
import org.tadaserver.bench.client.Inbound;
import org.tadaserver.bench.track.Ledger;
import org.tadaserver.bench.track.MessageIds;
import org.tadaserver.bench.track.Stats;

/**
 * The messaging side of a run: drives the {@link Sender}s and checks every delivery against the {@link Ledger}. A
 * delivery is matched by its message_id (which encodes sender and sequence); its latency is read from the send time in
 * the text. The sender's own copy ({@code delayed:true} to the author's sessions) is an echo, not a delivery.
 */
final class Traffic implements ClientListener {
  private static final int WARNINGS_SHOWN = 5;
  private final Sender.Shared shared;
  private final Sender[] senderOfClient;
  private final List<Sender> senders = new ArrayList<>();
  private final AtomicInteger shownWarnings = new AtomicInteger();
  private volatile boolean sending;

  Traffic(int clients, Ledger ledger, Stats stats, int messageSize, Pace pace) {
    this.shared = new Sender.Shared(MessageIds.random(), ledger, stats, messageSize, pace, new AtomicLong());
    this.senderOfClient = new Sender[clients];
  }

  void addSender(BenchClient client, String to) {
    Sender s = new Sender(senders.size(), client, to, shared);
    senders.add(s);
    senderOfClient[client.index()] = s;
  }

  void start(Vertx vertx) {
    sending = true;
    double perSender = shared.pace().rate() / Math.max(1, senders.size());
    long spreadMs = perSender > 0 ? (long) Math.min(1000, 1000 / perSender) : 0;
    for (Sender s : senders) {
      long delay = spreadMs > 0 ? ThreadLocalRandom.current().nextLong(spreadMs) : 0;
      s.client().context().runOnContext(v -> s.start(vertx, perSender, delay));
    }
  }

  void stop(Vertx vertx) {
    sending = false;
    for (Sender s : senders) {
      s.client().context().runOnContext(v -> s.stop(vertx));
    }
  }

  /** Messages sent and neither confirmed nor refused yet. */
  long outstanding() {
    return shared.outstanding().get();
  }

  @Override
  public void onEvent(BenchClient client, Inbound in, long now) {
    if (in.event() == null) {
      return;
    }
    switch (in.event()) {
      case Inbound.CONFIRM -> {
        Sender s = senderOfClient[client.index()];
        if (s != null) {
          s.confirmed(in.confirms(), now, sending);
        }
      }
      case Inbound.WARNING -> warning(client, in);
      case Inbound.MESSAGE_UPDATED -> deliveries(client, in, now);
      default -> { }
    }
  }

  private void warning(BenchClient client, Inbound in) {
    Stats stats = shared.stats();
    stats.warnings.increment();
    stats.error();
    if (shownWarnings.incrementAndGet() <= WARNINGS_SHOWN) {
      System.err.println("server.warning to " + client.user().username() + ": " + in.warning());
    }
    Sender s = senderOfClient[client.index()];
    if (s != null && in.warnedConfirmId() != null) {
      s.refused(in.warnedConfirmId(), sending);
    }
  }

  private void deliveries(BenchClient client, Inbound in, long now) {
    Stats stats = shared.stats();
    Sender own = senderOfClient[client.index()];
    for (Inbound.Delivered d : in.messages()) {
      long packed = shared.ids().decode(d.messageId());
      if (packed < 0) {
        stats.foreign.increment();
        continue;
      }
      int sender = MessageIds.sender(packed);
      int seq = MessageIds.seq(packed);
      if (own != null && own.index() == sender) {
        if (in.delayed()) {
          stats.echoes.increment();
        } else {
          stats.unexpected.increment();
          stats.error();
        }
        continue;
      }
      switch (shared.ledger().deliver(sender, seq, client.index())) {
        case FIRST -> {
          stats.delivered.increment();
          long sent = Frames.sentNanos(d.text());
          if (sent != -1) {
            stats.recordDelivery(sent, now);
          }
        }
        case DUPLICATE -> stats.duplicated.increment();
        case UNEXPECTED -> {
          stats.unexpected.increment();
          stats.error();
        }
      }
    }
  }
}

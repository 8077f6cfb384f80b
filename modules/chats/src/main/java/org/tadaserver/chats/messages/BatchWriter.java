package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.bus.metrics.Meters;
import org.tadaserver.chats.access.ChatFailures;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.store.db.DatabaseOutage;

/**
 * Group commit for sends (docs/messages.md, step 3): while one transaction is in flight, new sends queue up; when it
 * ends, everything queued (up to {@link #MAX_BATCH}) goes into the next ONE transaction. Under no load a send is
 * written alone at once; under load the number of transactions stays near the rate at which the database commits
 * them, and each carries many messages.
 *
 * <p>Batches run on the writer's own connection ({@link WriterConnection}). Results complete only after COMMIT, and
 * the events are built and published only then (off the event loop, in order). If a batch transaction fails as a
 * whole (a constraint no check foresaw), every item of it is retried alone, so one bad item never fails the others; if
 * it fails because the database is away, every item fails with that outage, which the send path waits out. The same
 * message id twice in one batch waits for the next batch (the second one is then a resend
 * or an edit of the first).
 */
final class BatchWriter {
  /** Bounds a transaction's size and lock time; measured throughput is flat from ~100 rows up (docs/messages.md). */
  static final int MAX_BATCH = 200;
  private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);

  private final WriterConnection connection;
  private final Fanout fanout;
  private final SendMeters meters;
  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  private final AtomicLong transactions = new AtomicLong();
  private final AtomicLong written = new AtomicLong();
  private boolean inFlight;

  BatchWriter(Pool pool, Fanout fanout) {
    this.connection = new WriterConnection(pool);
    this.fanout = fanout;
    this.meters = new SendMeters(Meters.of(fanout.vertx()));
  }

  Future<Message> submit(Pending pending) {
    synchronized (this) {
      queue.add(pending);
    }
    drain();
    return pending.result().future();
  }

  /** Transactions run so far (for tests and metrics). */
  long transactions() {
    return transactions.get();
  }

  /** Sends handled so far, successful or not. */
  long handled() {
    return written.get();
  }

  private void drain() {
    List<Pending> batch;
    synchronized (this) {
      if (inFlight || queue.isEmpty()) {
        return;
      }
      inFlight = true;
      batch = take();
    }
    run(batch).onComplete(done -> {
      synchronized (this) {
        inFlight = false;
      }
      drain();
    });
  }

  /** Up to MAX_BATCH queued items with distinct message ids, in queue order. Caller holds the lock. */
  private List<Pending> take() {
    List<Pending> batch = new ArrayList<>();
    Set<java.util.UUID> ids = new HashSet<>();
    Iterator<Pending> it = queue.iterator();
    while (it.hasNext() && batch.size() < MAX_BATCH) {
      Pending p = it.next();
      if (ids.add(p.uid())) {
        batch.add(p);
        it.remove();
      }
    }
    return batch;
  }

  private Future<Void> run(List<Pending> batch) {
    transactions.incrementAndGet();
    meters.batch(batch);
    return connection.inTransaction(tx -> SendBatch.write(tx, batch))
        .map(outcome -> {
          meters.committed(batch, outcome.created());
          fanout.publish(outcome::deliveries);
          outcome.complete();
          written.addAndGet(batch.size());
          return (Void) null;
        })
        .recover(failure -> DatabaseOutage.isOutage(failure) ? failAll(batch, failure)
            : batch.size() == 1 ? failOne(batch.get(0), failure) : retryAlone(batch, failure));
  }

  /**
   * The database is away: every item fails with that outage at once (the send path waits it out and submits again;
   * retrying each alone now would only fail each again).
   */
  private Future<Void> failAll(List<Pending> batch, Throwable outage) {
    log.warn("a batch of {} sends failed: the database is unavailable ({})", batch.size(), outage.toString());
    written.addAndGet(batch.size());
    batch.forEach(p -> p.result().fail(outage));
    return Future.succeededFuture();
  }

  private Future<Void> failOne(Pending p, Throwable failure) {
    written.incrementAndGet();
    Throwable mapped = ChatFailures.translate(failure);
    if (mapped == failure && !(failure instanceof org.tadaserver.bus.ServiceException)) {
      log.error("send of message {} failed", p.uid(), failure);
    }
    p.result().fail(mapped);
    return Future.succeededFuture();
  }

  private Future<Void> retryAlone(List<Pending> batch, Throwable failure) {
    log.warn("a batch of {} sends failed ({}); retrying each alone", batch.size(), failure.toString());
    Future<Void> chain = Future.succeededFuture();
    for (Pending p : batch) {
      chain = chain.compose(v -> run(List.of(p)));
    }
    return chain;
  }

  /** A fresh promise for a {@link Pending}. */
  static Promise<Message> promise() {
    return Promise.promise();
  }
}

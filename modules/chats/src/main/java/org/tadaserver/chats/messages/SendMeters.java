package org.tadaserver.chats.messages;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.tadaserver.bus.metrics.Meters;
import org.tadaserver.bus.metrics.Metrics;

/**
 * What the send path records (names in {@link Metrics}): messages persisted, send-to-commit latency and the size of
 * each group-commit transaction. Recorded by the batch writer once per transaction, after COMMIT.
 */
final class SendMeters {
  private final Counter persisted;
  private final Timer sendToCommit;
  private final DistributionSummary batchSize;

  SendMeters(MeterRegistry registry) {
    this.persisted = Counter.builder(Metrics.MESSAGES_PERSISTED)
        .description("new messages committed (resends and edits not counted)").register(registry);
    this.sendToCommit = Meters.latency(registry, Metrics.SEND_TO_COMMIT,
        "from the chat service receiving a send to its commit");
    this.batchSize = Meters.messages(registry, Metrics.SEND_BATCH, "sends written per group-commit transaction");
  }

  /** A transaction of {@code batch} is about to run. */
  void batch(List<Pending> batch) {
    batchSize.record(batch.size());
  }

  /** {@code batch} committed with {@code created} new messages among it. */
  void committed(List<Pending> batch, int created) {
    persisted.increment(created);
    long now = System.nanoTime();
    for (Pending p : batch) {
      sendToCommit.record(now - p.receivedNanos(), TimeUnit.NANOSECONDS);
    }
  }
}

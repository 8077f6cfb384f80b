package org.tadaserver.chats.messages;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tadaserver.bus.Delivery;
import org.tadaserver.protocol.model.Message;

/**
 * What a send batch decided for each item (a message view, or a failure), and the events of what it wrote. Built
 * inside the transaction; {@link #complete} runs only after COMMIT.
 */
final class Outcome {
  private final Map<Pending, Object> results = new IdentityHashMap<>();
  private final List<Supplier<List<Delivery>>> deliveries = new ArrayList<>();
  private int created;

  void succeed(Pending p, Message view) {
    results.put(p, view);
  }

  /** A new message was written for {@code p}. */
  void created(Pending p, Message view) {
    succeed(p, view);
    created++;
  }

  /** How many new messages this batch writes. */
  int created() {
    return created;
  }

  void fail(Pending p, RuntimeException failure) {
    results.put(p, failure);
  }

  /** Events already built (edits: few). */
  void publishLater(List<Delivery> events) {
    deliveries.add(() -> events);
  }

  /** Events to build after COMMIT, off the event loop (new messages: one per member and message). */
  void publishLater(Supplier<List<Delivery>> events) {
    deliveries.add(events);
  }

  /** Builds every event, in the order registered. */
  List<Delivery> deliveries() {
    List<Delivery> out = new ArrayList<>();
    deliveries.forEach(d -> out.addAll(d.get()));
    return out;
  }

  /** Completes every item's promise; an item without a decision is a bug and fails loudly. */
  void complete() {
    results.forEach((p, r) -> {
      if (r instanceof Message m) {
        p.result().complete(m);
      } else {
        p.result().fail((RuntimeException) r);
      }
    });
  }

  boolean decided(Pending p) {
    return results.containsKey(p);
  }
}

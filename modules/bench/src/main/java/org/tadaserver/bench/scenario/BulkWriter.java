package org.tadaserver.bench.scenario;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.BitSet;
import java.util.List;
import org.tadaserver.bench.client.BenchClient;
import org.tadaserver.bench.client.Frames;

/**
 * Sends a fixed list of messages from one client with at most {@code window} unconfirmed at a time (a writer that
 * floods thousands of messages at once would only fill the server's outbound queue for its own session). Runs on the
 * client's event loop; completes when every message was confirmed or refused.
 */
final class BulkWriter {
  /** One message: recipient JID and message id. */
  record Item(String to, String messageId) {}

  private final BenchClient client;
  private final List<Item> items;
  private final int window;
  private final int size;
  private final Promise<Void> done = Promise.promise();
  private final BitSet answered = new BitSet();
  private int next;
  private int open;
  private int finished;

  BulkWriter(BenchClient client, List<Item> items, int window, int messageSize) {
    this.client = client;
    this.items = List.copyOf(items);
    this.window = window;
    this.size = messageSize;
  }

  Future<Void> start() {
    client.context().runOnContext(v -> {
      if (items.isEmpty()) {
        done.tryComplete();
      }
      fill();
    });
    return done.future();
  }

  /** The confirm (or the warning) for confirm_id {@code index}; call on the client's event loop. */
  void answered(String confirmId) {
    int index;
    try {
      index = Integer.parseInt(confirmId);
    } catch (NumberFormatException | NullPointerException e) {
      return;
    }
    if (index < 0 || index >= next || answered.get(index)) {
      return; // not ours, or the confirm that follows a warning about the same message
    }
    answered.set(index);
    open--;
    finished++;
    if (finished >= items.size()) {
      done.tryComplete();
    } else {
      fill();
    }
  }

  private void fill() {
    while (open < window && next < items.size()) {
      Item item = items.get(next);
      client.send(Frames.message(item.to(), item.messageId(), Frames.text(System.nanoTime(), size),
          Integer.toString(next)));
      next++;
      open++;
    }
  }
}

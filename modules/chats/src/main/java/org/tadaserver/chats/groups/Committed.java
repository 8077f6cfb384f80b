package org.tadaserver.chats.groups;

import java.util.ArrayList;
import java.util.List;
import org.tadaserver.bus.Delivery;

/**
 * The answer of a write and the events it causes, built inside the transaction and published only after it commits.
 */
record Committed<T>(T value, List<Delivery> deliveries) {
  Committed {
    deliveries = List.copyOf(deliveries);
  }

  static <T> Committed<T> quiet(T value) {
    return new Committed<>(value, List.of());
  }

  /** The same events followed by {@code more}, in that order. */
  Committed<T> then(List<Delivery> more) {
    List<Delivery> all = new ArrayList<>(deliveries);
    all.addAll(more);
    return new Committed<>(value, all);
  }

  <R> Committed<R> withValue(R other) {
    return new Committed<>(other, deliveries);
  }
}

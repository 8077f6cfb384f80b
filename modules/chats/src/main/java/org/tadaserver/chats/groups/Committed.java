package org.tadaserver.chats.groups;

import java.util.ArrayList;
import java.util.List;
import org.tadaserver.bus.Delivery;

/**
 * The answer of a write and the events it causes, built inside the transaction and published only after it commits.
 */
public record Committed<T>(T value, List<Delivery> deliveries) {
  public Committed {
    deliveries = List.copyOf(deliveries);
  }

  public static <T> Committed<T> quiet(T value) {
    return new Committed<>(value, List.of());
  }

  /** The same events followed by {@code more}, in that order. */
  public Committed<T> then(List<Delivery> more) {
    List<Delivery> all = new ArrayList<>(deliveries);
    all.addAll(more);
    return new Committed<>(value, all);
  }

  public <R> Committed<R> withValue(R other) {
    return new Committed<>(other, deliveries);
  }
}

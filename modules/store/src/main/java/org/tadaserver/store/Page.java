package org.tadaserver.store;

import java.util.List;

/**
 * One page of a filtered list: {@code items} in the list's order and {@code total}, the number of rows the filter
 * matches without limit and offset (the protocol's {@code Paginated*.count}).
 */
public record Page<T>(List<T> items, long total) {
  public Page {
    items = List.copyOf(items);
  }
}

package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.List;
import java.util.function.Function;
import org.tadaserver.bus.Delivery;
import org.tadaserver.chats.access.ChatFailures;

/** The answer of a write and its events: built inside the transaction, published only after it commits. */
record Done<T>(T value, List<Delivery> events) {
  Done {
    events = List.copyOf(events);
  }

  static <T> Done<T> quiet(T value) {
    return new Done<>(value, List.of());
  }

  /** Runs {@code work} in one transaction; after COMMIT publishes its events and answers its value. */
  static <T> Future<T> commit(Pool pool, Fanout fanout, Function<SqlConnection, Future<Done<T>>> work) {
    return ChatFailures.mapped(pool.withTransaction(work::apply).map(done -> {
      fanout.publish(done.events());
      return done.value();
    }));
  }
}

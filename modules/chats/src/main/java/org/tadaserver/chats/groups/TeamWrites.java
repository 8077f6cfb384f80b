package org.tadaserver.chats.groups;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.UUID;
import java.util.function.BiFunction;
import org.tadaserver.chats.access.ChatFailures;
import org.tadaserver.chats.messages.Fanout;
import org.tadaserver.store.chat.TeamClock;

/**
 * Runs chat writes of one team: in one transaction that takes the team clock FIRST (so the team's writers are
 * serialised and delta sync never misses a change, see {@link TeamClock}), then publishes the events after COMMIT.
 * A failed write publishes nothing.
 */
public final class TeamWrites {
  private final Pool pool;
  private final Fanout fanout;

  public TeamWrites(Pool pool, Fanout fanout) {
    this.pool = pool;
    this.fanout = fanout;
  }

  /** {@code work} gets the transaction's connection and the clock value to stamp every row it writes. */
  public <T> Future<T> write(UUID team, BiFunction<SqlConnection, Long, Future<Committed<T>>> work) {
    Future<Committed<T>> committed = pool.withTransaction(tx -> new TeamClock(tx).next(team)
        .compose(gentime -> work.apply(tx, gentime)));
    return ChatFailures.mapped(committed).map(done -> {
      fanout.publish(done.deliveries());
      return done.value();
    });
  }

  Pool pool() {
    return pool;
  }
}

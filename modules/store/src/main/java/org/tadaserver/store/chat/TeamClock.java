package org.tadaserver.store.chat;

import static org.tadaserver.store.sql.SqlErrors.mapped;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;
import org.tadaserver.store.sql.Rows;

/**
 * The per-team version clock ({@code team_clocks}) that stamps everything clients sync by gentime: chats, chat members,
 * messages.
 *
 * <p>Contract: call it FIRST in a transaction that writes any of those rows, on the transaction's connection, and stamp
 * the rows with the value returned. The statement updates the team's clock row, so the transaction holds that row lock
 * until it commits or rolls back: the writers of one team are serialised from this point, their commits are stamped in
 * commit order, and a reader that has seen gentime G can never later miss a change stamped at or below G (the catch-up
 * guarantee, docs/messages.md). Calling it again in the same transaction is cheap and returns a greater value.
 *
 * <p>Lock order, so writers never deadlock: team clocks (in team uuid order when a transaction touches several teams),
 * then chats, then chat members and messages.
 *
 * <p>Values are unix nanoseconds (microsecond resolution from the database clock), and strictly greater than every
 * value handed out before for the team, even when the database clock steps back.
 */
public final class TeamClock {
  /** {@code $3} = the last value of the reserved block when the clock is behind the wall clock. */
  private static final String RESERVE = """
      INSERT INTO team_clocks AS t (team_uid, gentime)
      VALUES ($1, (floor(extract(epoch FROM clock_timestamp()) * 1000000))::bigint * 1000 + $2 - 1)
      ON CONFLICT (team_uid) DO UPDATE SET gentime = GREATEST(t.gentime + $2, EXCLUDED.gentime)
      RETURNING t.gentime""";

  private final SqlClient client;

  /** @param client a connection inside a transaction (on the bare pool the lock would end with the statement) */
  public TeamClock(SqlClient client) {
    this.client = client;
  }

  /** The team's next gentime; the team is locked for writers until this transaction ends. */
  public Future<Long> next(UUID team) {
    return reserve(team, 1);
  }

  /**
   * Reserves {@code count} consecutive values and returns the FIRST; the caller owns {@code first .. first+count-1}.
   * For a batch that needs a distinct version per row (messages of one batch each get their own gentime).
   */
  public Future<Long> reserve(UUID team, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
    return mapped(client.preparedQuery(RESERVE).execute(Tuple.of(team, (long) count)))
        .compose(rows -> Rows.one(rows, r -> r.getLong("gentime"), "team " + team))
        .map(last -> last - count + 1);
  }
}

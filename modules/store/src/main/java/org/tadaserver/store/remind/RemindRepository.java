package org.tadaserver.store.remind;

import static org.tadaserver.store.sql.SqlErrors.mapped;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.sql.Rows;

/**
 * Reminds ({@code reminds}) and their firing claims. All times are compared with the database's clock, the one clock
 * every node shares.
 *
 * <p>A scheduler fires with {@link #claimDue} (due rows that nobody holds, or whose holder's lease ran out), then, once
 * the events are out, {@link #fired}. A remind deleted by {@link #delete} before it is claimed never fires.
 */
public final class RemindRepository {
  private static final String COLUMNS = "r.uid, r.team_uid, r.user_uid, r.chat_jid, r.fire_at, r.comment, r.created";
  private static final String INSERT = "INSERT INTO reminds AS r (uid, team_uid, user_uid, chat_jid, fire_at, comment) "
      + "VALUES ($1, $2, $3, $4, $5, $6) RETURNING " + COLUMNS;
  private static final String LIST = "SELECT " + COLUMNS + " FROM reminds r WHERE r.team_uid = $1 AND r.user_uid = $2 "
      + "ORDER BY r.fire_at, r.uid";
  private static final String DELETE = "DELETE FROM reminds r WHERE r.uid = $1 AND r.team_uid = $2 AND r.user_uid = $3 "
      + "RETURNING " + COLUMNS;
  /** SKIP LOCKED: schedulers claiming at the same moment take disjoint rows instead of waiting for each other. */
  private static final String CLAIM = """
      UPDATE reminds r SET claimed_by = $1, lease_until = now() + $2 * interval '1 millisecond'
      WHERE r.uid IN (
        SELECT d.uid FROM reminds d
        WHERE d.fire_at <= now() AND (d.lease_until IS NULL OR d.lease_until < now())
        ORDER BY d.fire_at
        LIMIT $3
        FOR UPDATE SKIP LOCKED)
      RETURNING\s""" + COLUMNS;
  private static final String FIRED = "DELETE FROM reminds WHERE uid = ANY($1) AND claimed_by = $2";
  private static final String NEXT = """
      SELECT GREATEST(0, ceil(EXTRACT(EPOCH FROM (LEAST(
          (SELECT min(fire_at) FROM reminds WHERE lease_until IS NULL),
          (SELECT min(lease_until) FROM reminds WHERE lease_until IS NOT NULL)) - clock_timestamp())) * 1000))::bigint
        AS delay_ms""";

  /** Fired reminds leave the table, so every row whose time has come is due and not fired yet. */
  private static final String COUNT_DUE = "SELECT count(*) AS due FROM reminds WHERE fire_at <= now()";

  private final SqlClient client;

  public RemindRepository(SqlClient client) {
    this.client = client;
  }

  /** Fails with {@link StoreException.NotFound} (unknown team or user) or {@link StoreException.Invalid}. */
  public Future<RemindRow> insert(NewRemind r) {
    Tuple params = Tuple.of(r.uid() == null ? UUID.randomUUID() : r.uid(), r.team(), r.user(), r.chatJid(),
        OffsetDateTime.ofInstant(r.fireAt(), ZoneOffset.UTC), r.comment() == null ? "" : r.comment());
    return mapped(client.preparedQuery(INSERT).execute(params)).compose(rows -> Rows.one(rows, RemindRepository::map,
        "remind"));
  }

  /** The user's reminds in the team that have not fired, soonest first. */
  public Future<List<RemindRow>> list(UUID team, UUID user) {
    return mapped(client.preparedQuery(LIST).execute(Tuple.of(team, user))).map(rows -> Rows.all(rows,
        RemindRepository::map));
  }

  /** Deletes the user's remind in the team; fails with {@link StoreException.NotFound} for any other remind. */
  public Future<RemindRow> delete(UUID uid, UUID team, UUID user) {
    return mapped(client.preparedQuery(DELETE).execute(Tuple.of(uid, team, user)))
        .compose(rows -> Rows.one(rows, RemindRepository::map, "remind " + uid));
  }

  /**
   * Claims at most {@code limit} due reminds for {@code node} for {@code leaseMs}, soonest first: those nobody holds
   * and those whose holder's lease has run out (the holder died or stalled before {@link #fired}).
   */
  public Future<List<RemindRow>> claimDue(String node, long leaseMs, int limit) {
    return mapped(client.preparedQuery(CLAIM).execute(Tuple.of(node, leaseMs, limit)))
        .map(rows -> Rows.all(rows, RemindRepository::map));
  }

  /**
   * Removes the fired reminds that {@code node} still holds; a remind another scheduler has claimed since (after
   * this one's lease ran out) stays for that one. Answers how many were removed.
   */
  public Future<Integer> fired(String node, List<UUID> uids) {
    return mapped(client.preparedQuery(FIRED).execute(Tuple.of(uids.toArray(UUID[]::new), node)))
        .map(rows -> rows.rowCount());
  }

  /**
   * Milliseconds (by the database's clock) until some remind can next be claimed: the earliest unclaimed due time
   * or the earliest lease end; 0 when one is claimable now, null when there are no reminds.
   */
  public Future<Long> nextClaimDelay() {
    return mapped(client.query(NEXT).execute()).map(rows -> rows.iterator().next().getLong("delay_ms"));
  }

  /** How many reminds are due and not fired yet (claimed ones included, until their firing is recorded). */
  public Future<Long> countDue() {
    return mapped(client.query(COUNT_DUE).execute()).map(rows -> rows.iterator().next().getLong("due"));
  }

  private static RemindRow map(Row r) {
    return new RemindRow(r.getUUID("uid"), r.getUUID("team_uid"), r.getUUID("user_uid"), r.getString("chat_jid"),
        Rows.instant(r, "fire_at"), r.getString("comment"), Rows.instant(r, "created"));
  }
}

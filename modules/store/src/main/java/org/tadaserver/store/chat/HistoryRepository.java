package org.tadaserver.store.chat;

import static org.tadaserver.store.sql.SqlErrors.mapped;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.tadaserver.store.chat.HistoryQuery.Direction;
import org.tadaserver.store.sql.Rows;

/**
 * Reading a chat's history by {@link HistoryQuery}: pages come newest first (highest order number first). Cursor
 * pages use the chat's order numbers, so paging with {@code old_from} from the newest message down visits every
 * message exactly once, whatever is written meanwhile. Also the facts for numbering ({@link #positions}) and for
 * {@code received} ({@link #topReaders}).
 */
public final class HistoryRepository {
  private static final String POSITIONS = """
      WITH lo AS (SELECT COALESCE((SELECT max(seq) FROM messages WHERE chat_uid = $1 AND NOT is_archive AND seq < $2),
                                  $2) AS s)
      SELECT m.uid, m.seq,
        (SELECT count(*) FROM messages x WHERE x.chat_uid = $1 AND NOT x.is_archive AND x.seq < (SELECT s FROM lo))
          AS base,
        (SELECT COALESCE(max(y.seq), 0) FROM messages y WHERE y.chat_uid = $1 AND NOT y.is_archive) AS last_live
      FROM messages m
      WHERE m.chat_uid = $1 AND NOT m.is_archive AND m.seq >= (SELECT s FROM lo) AND m.seq <= $3
      ORDER BY m.seq""";
  private static final String TOP_READERS = "SELECT contact_uid, last_read_seq FROM chat_members WHERE chat_uid = $1 "
      + "ORDER BY last_read_seq DESC, contact_uid LIMIT 2";

  private final SqlClient client;

  public HistoryRepository(SqlClient client) {
    this.client = client;
  }

  /** One page, newest first. */
  public Future<List<MessageRow>> page(HistoryQuery q) {
    if (q.direction() == Direction.AROUND) {
      int older = q.limit() / 2 + 1;
      int newer = Math.max(q.limit() - older, 0);
      HistoryQuery before = with(q, Direction.OLDER, true, older);
      HistoryQuery after = with(q, Direction.NEWER, false, newer);
      return run(before).compose(a -> (newer == 0 ? Future.succeededFuture(List.<MessageRow>of()) : run(after))
          .map(b -> newestFirst(a, b)));
    }
    return run(q).map(rows -> newestFirst(rows, List.of()));
  }

  /** Live messages from just before order number {@code fromSeq} to {@code toSeq}, for numbering a page. */
  public Future<Positions> positions(UUID chat, long fromSeq, long toSeq) {
    return mapped(client.preparedQuery(POSITIONS).execute(Tuple.of(chat, fromSeq, toSeq))).map(rows -> {
      List<Positions.Live> span = new ArrayList<>();
      long base = 0;
      long last = 0;
      for (var r : rows) {
        span.add(new Positions.Live(r.getUUID("uid"), r.getLong("seq")));
        base = r.getLong("base");
        last = r.getLong("last_live");
      }
      return new Positions(base, span, last);
    });
  }

  /**
   * The two members (current or former) who have read furthest, furthest first: a message is "received" when a
   * member other than its author has read it, i.e. when the furthest such reader's marker is at or past it.
   */
  public Future<List<ReadMark>> topReaders(UUID chat) {
    return mapped(client.preparedQuery(TOP_READERS).execute(Tuple.of(chat)))
        .map(rows -> Rows.all(rows, r -> new ReadMark(r.getUUID("contact_uid"), r.getLong("last_read_seq"))));
  }

  /** A member's read marker. */
  public record ReadMark(UUID contact, long seq) {}

  private Future<List<MessageRow>> run(HistoryQuery q) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT ").append(MessageSql.COLUMNS).append(MessageSql.FROM)
        .append("WHERE g.chat_uid = ").append(param(params, q.chat()));
    boolean archivedToo = q.includeDeleted() || q.gentimeFrom() > 0 || q.direction() == Direction.EXACT;
    if (!archivedToo) {
      sql.append(" AND NOT g.is_archive");
    }
    if (q.gentimeFrom() > 0) {
      sql.append(" AND g.gentime > ").append(param(params, q.gentimeFrom()));
    }
    if (q.text() != null) {
      sql.append(" AND strpos(lower(g.content->>'text'), lower(").append(param(params, q.text())).append(")) > 0");
    }
    if (q.importantOnly()) {
      sql.append(" AND g.important");
    }
    if (!q.senders().isEmpty()) {
      sql.append(" AND g.sender = ANY(").append(param(params, q.senders().toArray(UUID[]::new))).append("::uuid[])");
    }
    if (q.dateFrom() != null) {
      sql.append(" AND g.created >= ").append(param(params, MessageSql.at(q.dateFrom())));
    }
    if (q.dateTo() != null) {
      sql.append(" AND g.created < ").append(param(params, MessageSql.at(q.dateTo())));
    }
    sql.append(cursor(q, params)).append(order(q)).append(" LIMIT ").append(param(params, q.limit()));
    return mapped(client.preparedQuery(sql.toString()).execute(Tuple.from(params)))
        .map(rows -> Rows.all(rows, MessageSql::map));
  }

  private static String cursor(HistoryQuery q, List<Object> params) {
    return switch (q.direction()) {
      case NEWEST, AROUND -> "";
      case OLDER -> " AND g.seq " + (q.inclusive() ? "<= " : "< ") + param(params, q.cursorSeq());
      case NEWER -> " AND g.seq " + (q.inclusive() ? ">= " : "> ") + param(params, q.cursorSeq());
      case EXACT -> " AND g.seq = " + param(params, q.cursorSeq());
    };
  }

  private static String order(HistoryQuery q) {
    if (q.gentimeFrom() > 0) {
      return " ORDER BY g.gentime";
    }
    return q.direction() == Direction.NEWER ? " ORDER BY g.seq" : " ORDER BY g.seq DESC";
  }

  private static String param(List<Object> params, Object value) {
    params.add(value);
    return "$" + params.size();
  }

  private static HistoryQuery with(HistoryQuery q, Direction direction, boolean inclusive, int limit) {
    return new HistoryQuery(q.chat(), limit, direction, q.cursorSeq(), inclusive, q.gentimeFrom(), q.text(),
        q.importantOnly(), q.senders(), q.dateFrom(), q.dateTo(), q.includeDeleted());
  }

  private static List<MessageRow> newestFirst(List<MessageRow> a, List<MessageRow> b) {
    List<MessageRow> all = new ArrayList<>(a);
    all.addAll(b);
    all.sort(Comparator.comparingLong(MessageRow::seq).reversed());
    return all;
  }
}

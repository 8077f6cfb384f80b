package org.tadaserver.store.chat;

import static org.tadaserver.store.sql.SqlErrors.mapped;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.tadaserver.store.sql.Rows;

/**
 * Counters: each chat's message counts and order numbers, each member's read marker and unread counters (kept
 * incrementally by the writers, inside the transaction that holds the team clock), and the aggregate behind
 * {@code team_unread}, {@code badge} and {@code server.team.counters}.
 *
 * <p>Invariant for current members: {@code num_unread} = live, non-silent messages by others after
 * {@code last_read_seq}; {@code num_unread_notices} = those of them that mention the member.
 */
public final class CounterRepository {
  /**
   * For the users behind {@code $1} (contacts of any team): every live team they are in, with sums per chat type. Only
   * member rows with something unread are summed ({@code num_unread_notices} never exceeds {@code num_unread}).
   */
  private static final String UNREAD = """
      SELECT k.user_uid, k.team_uid, k.uid AS contact_uid, x.chat_type,
             COALESCE(x.messages, 0) AS messages, COALESCE(x.notices, 0) AS notices, COALESCE(x.chats, 0) AS chats
      FROM (SELECT DISTINCT user_uid FROM contacts WHERE uid = ANY($1::uuid[]) AND user_uid IS NOT NULL) u
      JOIN contacts k ON k.user_uid = u.user_uid AND NOT k.is_archive
      JOIN teams t ON t.uid = k.team_uid AND NOT t.is_archive
      LEFT JOIN LATERAL (
        SELECT c.chat_type, sum(m.num_unread) AS messages, sum(m.num_unread_notices) AS notices, count(*) AS chats
        FROM chat_members m JOIN chats c ON c.uid = m.chat_uid
        WHERE m.contact_uid = k.uid AND m.is_member AND m.counters_enabled AND m.num_unread > 0 AND NOT c.is_archive
        GROUP BY c.chat_type) x ON true""";

  private static final String LOCK_CHATS = "SELECT " + ChatColumns.CHAT
      + " FROM chats c WHERE c.uid = ANY($1::uuid[]) ORDER BY c.uid FOR UPDATE";
  private static final String ADVANCE = "UPDATE chats SET last_seq = GREATEST(last_seq, $2), "
      + "num_messages = num_messages + $3, num_importants = num_importants + $4, last_message = $5, last_activity = $6 "
      + "WHERE uid = $1";
  private static final String MEMBER_RETURNING = " RETURNING " + ChatColumns.MEMBER;
  private static final String APPLY_DELTAS = """
      UPDATE chat_members m SET
        num_unread = CASE WHEN d.reset THEN d.unread ELSE m.num_unread + d.unread END,
        num_unread_notices = CASE WHEN d.reset THEN d.notices ELSE m.num_unread_notices + d.notices END,
        last_read_seq = CASE WHEN d.reset THEN d.read_seq ELSE m.last_read_seq END,
        last_read_message = CASE WHEN d.reset THEN d.read_message ELSE m.last_read_message END,
        gentime = GREATEST($8, m.gentime + 1)
      FROM unnest($1::uuid[], $2::uuid[], $3::boolean[], $4::int[], $5::int[], $6::bigint[], $7::uuid[])
          AS d(chat_uid, contact_uid, reset, unread, notices, read_seq, read_message), contacts k
      WHERE m.chat_uid = d.chat_uid AND m.contact_uid = d.contact_uid AND k.uid = m.contact_uid""" + MEMBER_RETURNING;
  /** $5 = the message counted (not silent): unread members lose it; every member's view moves. */
  private static final String MEMBERS_LOST_MESSAGE = """
      UPDATE chat_members m SET
        num_unread = CASE WHEN $5 AND m.contact_uid <> $3 AND m.last_read_seq < $2
          THEN GREATEST(m.num_unread - 1, 0) ELSE m.num_unread END,
        num_unread_notices = CASE WHEN $5 AND m.contact_uid <> $3 AND m.last_read_seq < $2
            AND m.contact_uid = ANY($4::uuid[])
          THEN GREATEST(m.num_unread_notices - 1, 0) ELSE m.num_unread_notices END,
        gentime = GREATEST($6, m.gentime + 1)
      FROM contacts k
      WHERE m.chat_uid = $1 AND m.is_member AND k.uid = m.contact_uid""" + MEMBER_RETURNING;
  /** Run after archiving the message, so the new last message is the newest live one. */
  private static final String CHAT_LOST_MESSAGE = """
      UPDATE chats SET num_messages = GREATEST(num_messages - 1, 0), num_importants = GREATEST(num_importants - $2, 0),
        last_message = CASE WHEN last_message = $3 THEN
          (SELECT uid FROM messages WHERE chat_uid = $1 AND NOT is_archive ORDER BY seq DESC LIMIT 1)
          ELSE last_message END
      WHERE uid = $1""";
  private static final String IMPORTANTS = "UPDATE chats SET num_importants = GREATEST(num_importants + $2, 0) "
      + "WHERE uid = $1";
  private static final String NOTICES_CHANGED = """
      UPDATE chat_members m SET
        num_unread_notices = GREATEST(m.num_unread_notices
          + CASE WHEN m.contact_uid = ANY($4::uuid[]) THEN 1 ELSE 0 END
          - CASE WHEN m.contact_uid = ANY($5::uuid[]) THEN 1 ELSE 0 END, 0),
        gentime = GREATEST($6, m.gentime + 1)
      FROM contacts k
      WHERE m.chat_uid = $1 AND m.is_member AND m.contact_uid <> $3 AND m.last_read_seq < $2
        AND (m.contact_uid = ANY($4::uuid[]) OR m.contact_uid = ANY($5::uuid[])) AND k.uid = m.contact_uid"""
      + MEMBER_RETURNING;
  private static final String MOVE_READ = """
      WITH old AS (SELECT last_read_seq FROM chat_members WHERE chat_uid = $1 AND contact_uid = $2 AND is_member
                   FOR UPDATE)
      UPDATE chat_members m SET last_read_seq = $3, last_read_message = $4,
        num_unread = (SELECT count(*) FROM messages x WHERE x.chat_uid = $1 AND NOT x.is_archive AND NOT x.silently
                      AND x.seq > $3 AND x.sender <> $2),
        num_unread_notices = (SELECT count(*) FROM messages x WHERE x.chat_uid = $1 AND NOT x.is_archive
                      AND NOT x.silently AND x.seq > $3 AND x.sender <> $2 AND $2 = ANY(x.mentions)),
        gentime = GREATEST($5, m.gentime + 1)
      FROM contacts k, old
      WHERE m.chat_uid = $1 AND m.contact_uid = $2 AND m.is_member AND k.uid = m.contact_uid"""
      + MEMBER_RETURNING + ", old.last_read_seq AS previous_seq";
  /**
   * Messages in ($3, $4] by others than the reader $2 that no third member had read yet, newest first. System messages
   * have no author to tell.
   */
  private static final String FIRST_READ = """
      SELECT x.uid, x.sender, k.user_uid FROM messages x JOIN contacts k ON k.uid = x.sender
      WHERE x.chat_uid = $1 AND NOT x.is_archive AND NOT x.is_system AND x.seq > $3 AND x.seq <= $4
        AND x.sender <> $2
        AND NOT EXISTS (SELECT 1 FROM chat_members o WHERE o.chat_uid = $1 AND o.contact_uid <> x.sender
                        AND o.contact_uid <> $2 AND o.last_read_seq >= x.seq)
      ORDER BY x.seq DESC LIMIT $5""";

  /**
   * {@link #FIRST_READ} for many ranges in one statement: $1..$4 are the ranges' chats, readers and bounds, $5 the limit
   * per range; rows come grouped by range ({@code ord}, 1-based) and newest first within one.
   */
  private static final String FIRST_READ_ALL = """
      SELECT d.ord, r.uid, r.sender, r.user_uid
      FROM unnest($1::uuid[], $2::uuid[], $3::bigint[], $4::bigint[]) WITH ORDINALITY
          AS d(chat_uid, reader, from_seq, to_seq, ord)
      CROSS JOIN LATERAL (
        SELECT x.uid, x.sender, k.user_uid, x.seq FROM messages x JOIN contacts k ON k.uid = x.sender
        WHERE x.chat_uid = d.chat_uid AND NOT x.is_archive AND NOT x.is_system AND x.seq > d.from_seq
          AND x.seq <= d.to_seq AND x.sender <> d.reader
          AND NOT EXISTS (SELECT 1 FROM chat_members o WHERE o.chat_uid = d.chat_uid AND o.contact_uid <> x.sender
                          AND o.contact_uid <> d.reader AND o.last_read_seq >= x.seq)
        ORDER BY x.seq DESC LIMIT $5) r
      ORDER BY d.ord, r.seq DESC""";

  private final SqlClient client;

  public CounterRepository(SqlClient client) {
    this.client = client;
  }

  /**
   * Unread sums of the users behind {@code contacts}, in all their live teams, in one query. Contacts without a user
   * (bots) contribute nothing.
   */
  public Future<List<UnreadRow>> unread(Collection<UUID> contacts) {
    if (contacts.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return mapped(client.preparedQuery(UNREAD).execute(Tuple.of(contacts.toArray(UUID[]::new))))
        .map(rows -> Rows.all(rows, CounterRepository::unreadRow));
  }

  /** Locks chats for writing new messages (uid order, after the team clock) and returns their state. */
  public Future<List<ChatRow>> lockChats(Collection<UUID> chats) {
    return mapped(client.preparedQuery(LOCK_CHATS).execute(Tuple.of(chats.toArray(UUID[]::new))))
        .map(rows -> Rows.all(rows, ChatColumns::chat));
  }

  /** Records new messages in their chats (order numbers, counts, last message, last activity), one round trip. */
  public Future<Void> advance(List<ChatAdvance> chats) {
    if (chats.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> batch = chats.stream().map(a -> Tuple.of(a.chat(), a.lastSeq(), a.added(), a.importants(),
        a.lastMessage(), MessageSql.at(a.at()))).toList();
    return mapped(client.preparedQuery(ADVANCE).executeBatch(batch)).mapEmpty();
  }

  /** Applies new-message deltas to member rows and returns the rows after the change. */
  public Future<List<MemberRow>> apply(List<MemberDelta> deltas, long gentime) {
    if (deltas.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    Tuple params = Tuple.tuple()
        .addValue(deltas.stream().map(MemberDelta::chat).toArray(UUID[]::new))
        .addValue(deltas.stream().map(MemberDelta::contact).toArray(UUID[]::new))
        .addValue(deltas.stream().map(MemberDelta::reset).toArray(Boolean[]::new))
        .addValue(deltas.stream().map(MemberDelta::unread).toArray(Integer[]::new))
        .addValue(deltas.stream().map(MemberDelta::notices).toArray(Integer[]::new))
        .addValue(deltas.stream().map(MemberDelta::readSeq).toArray(Long[]::new))
        .addValue(deltas.stream().map(MemberDelta::readMessage).toArray(UUID[]::new))
        .addValue(gentime);
    return mapped(client.preparedQuery(APPLY_DELTAS).execute(params)).map(rows -> Rows.all(rows, ChatColumns::member));
  }

  /**
   * A message was deleted (archive it first): members who had not read it lose it from their counters, the chat its
   * count and perhaps its last message. Returns every current member's row after the change.
   */
  public Future<List<MemberRow>> messageRemoved(MessageRow m, long gentime) {
    Tuple members = Tuple.of(m.chatUid(), m.seq(), m.sender(), m.mentions().toArray(UUID[]::new), !m.silently(),
        gentime);
    Tuple chat = Tuple.of(m.chatUid(), m.important() ? 1 : 0, m.uid());
    return mapped(client.preparedQuery(CHAT_LOST_MESSAGE).execute(chat))
        .compose(v -> mapped(client.preparedQuery(MEMBERS_LOST_MESSAGE).execute(members)))
        .map(rows -> Rows.all(rows, ChatColumns::member));
  }

  /** An edit changed a message's importance by {@code delta} (+1 or -1). */
  public Future<Void> importantsChanged(UUID chat, int delta) {
    return mapped(client.preparedQuery(IMPORTANTS).execute(Tuple.of(chat, delta))).mapEmpty();
  }

  /**
   * An edit of a counted message changed whom it mentions: members who have not read it gain or lose a notice.
   * Returns the changed rows.
   */
  public Future<List<MemberRow>> noticesChanged(MessageRow m, Collection<UUID> added, Collection<UUID> removed,
      long gentime) {
    if (m.silently() || (added.isEmpty() && removed.isEmpty())) {
      return Future.succeededFuture(List.of());
    }
    Tuple params = Tuple.of(m.chatUid(), m.seq(), m.sender(), added.toArray(UUID[]::new),
        removed.toArray(UUID[]::new), gentime);
    return mapped(client.preparedQuery(NOTICES_CHANGED).execute(params))
        .map(rows -> Rows.all(rows, ChatColumns::member));
  }

  /**
   * Moves a current member's read marker to order number {@code seq} (message {@code message}) and recounts their
   * counters from it. Empty when {@code contact} is not a current member.
   */
  public Future<java.util.Optional<ReadMove>> moveRead(UUID chat, UUID contact, long seq, UUID message, long gentime) {
    return mapped(client.preparedQuery(MOVE_READ).execute(Tuple.of(chat, contact, seq, message, gentime)))
        .map(rows -> Rows.first(rows, r -> new ReadMove(ChatColumns.member(r), r.getLong("previous_seq"))));
  }

  /**
   * Messages of {@code chat} in order numbers {@code (fromSeq, toSeq]} that {@code reader} is the first member other
   * than their author to read (at most {@code limit}, newest first). Call before or after moving the marker.
   */
  public Future<List<FirstRead>> firstRead(UUID chat, UUID reader, long fromSeq, long toSeq, int limit) {
    if (toSeq <= fromSeq) {
      return Future.succeededFuture(List.of());
    }
    return mapped(client.preparedQuery(FIRST_READ).execute(Tuple.of(chat, reader, fromSeq, toSeq, limit)))
        .map(rows -> Rows.all(rows, r -> new FirstRead(r.getUUID("uid"), r.getUUID("sender"), r.getUUID("user_uid"))));
  }

  /**
   * {@link #firstRead} for every range at once, in one statement (a send batch has one range per writer): element i of
   * the answer belongs to {@code ranges.get(i)}. Each range is answered on its own, exactly as {@link #firstRead}
   * would: a message read in two ranges appears in both.
   */
  public Future<List<List<FirstRead>>> firstReadAll(List<ReadRange> ranges, int limit) {
    List<List<FirstRead>> out = new java.util.ArrayList<>(ranges.size());
    ranges.forEach(r -> out.add(new java.util.ArrayList<>()));
    List<ReadRange> open = ranges.stream().filter(r -> r.toSeq() > r.fromSeq()).toList();
    if (open.isEmpty()) {
      return Future.succeededFuture(out);
    }
    int[] index = new int[open.size()];
    for (int i = 0, j = 0; i < ranges.size(); i++) {
      if (ranges.get(i).toSeq() > ranges.get(i).fromSeq()) {
        index[j++] = i;
      }
    }
    Tuple params = Tuple.tuple()
        .addValue(open.stream().map(ReadRange::chat).toArray(UUID[]::new))
        .addValue(open.stream().map(ReadRange::reader).toArray(UUID[]::new))
        .addValue(open.stream().map(ReadRange::fromSeq).toArray(Long[]::new))
        .addValue(open.stream().map(ReadRange::toSeq).toArray(Long[]::new))
        .addValue(limit);
    return mapped(client.preparedQuery(FIRST_READ_ALL).execute(params)).map(rows -> {
      for (Row r : rows) {
        out.get(index[(int) (r.getLong("ord") - 1)])
            .add(new FirstRead(r.getUUID("uid"), r.getUUID("sender"), r.getUUID("user_uid")));
      }
      return out;
    });
  }

  private static UnreadRow unreadRow(Row r) {
    return new UnreadRow(r.getUUID("user_uid"), r.getUUID("team_uid"), r.getUUID("contact_uid"),
        r.getString("chat_type"), (int) r.getLong("messages").longValue(), (int) r.getLong("notices").longValue(),
        (int) r.getLong("chats").longValue());
  }
}

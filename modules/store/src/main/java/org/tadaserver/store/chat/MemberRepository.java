package org.tadaserver.store.chat;

import static org.tadaserver.store.sql.SqlErrors.mapped;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tadaserver.store.sql.Rows;

/**
 * Chat members ({@code chat_members}): who is in which chat, with each member's read state, counters and personal
 * settings. Rows are never deleted; leaving sets {@code is_member = false}. Writers pass the team clock value of their
 * transaction as {@code gentime} (see {@link ChatRepository}); every write moves the row's {@code gentime}.
 */
public final class MemberRepository {
  private static final String SELECT = "SELECT " + ChatColumns.MEMBER + " FROM " + ChatColumns.MEMBERS_FROM + " ";
  private static final String RETURNING = " RETURNING " + ChatColumns.MEMBER
      .replace("k.user_uid AS m_user_uid", "(SELECT user_uid FROM contacts WHERE uid = m.contact_uid) AS m_user_uid");
  private static final String FIND = SELECT + "WHERE m.chat_uid = $1 AND m.contact_uid = $2";
  /** Admins first (by the status text), then by contact, so lists are stable. */
  private static final String ACTIVE = SELECT
      + "WHERE m.chat_uid = $1 AND m.is_member ORDER BY m.status, m.contact_uid";
  private static final String ACTIVE_OF = SELECT
      + "WHERE m.chat_uid = ANY($1::uuid[]) AND m.is_member ORDER BY m.chat_uid, m.status, m.contact_uid";
  private static final String COUNT_ACTIVE = "SELECT chat_uid, count(*) AS n FROM chat_members "
      + "WHERE chat_uid = ANY($1::uuid[]) AND is_member GROUP BY chat_uid";
  private static final String ENSURE = """
      INSERT INTO chat_members (chat_uid, contact_uid, team_uid, status, gentime) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (chat_uid, contact_uid) DO NOTHING""";
  /** A (re)joining member starts with everything read: the read marker moves to the chat's last message. */
  private static final String JOIN = """
      INSERT INTO chat_members AS m (chat_uid, contact_uid, team_uid, status, gentime, last_read_seq, last_read_message)
      SELECT $1::uuid, $2::uuid, $3::uuid, $4::text, $5::bigint, c.last_seq, c.last_message
      FROM chats c WHERE c.uid = $1
      ON CONFLICT (chat_uid, contact_uid) DO UPDATE SET
        is_member = true, status = EXCLUDED.status, last_read_seq = EXCLUDED.last_read_seq,
        last_read_message = EXCLUDED.last_read_message, num_unread = 0, num_unread_notices = 0, hidden = false,
        gentime = GREATEST(EXCLUDED.gentime, m.gentime + 1)""" + RETURNING;
  /** {@link #JOIN} for many contacts in one statement. */
  private static final String JOIN_ALL = """
      INSERT INTO chat_members AS m (chat_uid, contact_uid, team_uid, status, gentime, last_read_seq, last_read_message)
      SELECT c.uid, x.contact, c.team_uid, $3::text, $4::bigint, c.last_seq, c.last_message
      FROM chats c, unnest($2::uuid[]) AS x(contact) WHERE c.uid = $1
      ON CONFLICT (chat_uid, contact_uid) DO UPDATE SET
        is_member = true, status = EXCLUDED.status, last_read_seq = EXCLUDED.last_read_seq,
        last_read_message = EXCLUDED.last_read_message, num_unread = 0, num_unread_notices = 0, hidden = false,
        gentime = GREATEST(EXCLUDED.gentime, m.gentime + 1)""" + RETURNING;
  private static final String LEAVE = "UPDATE chat_members m SET is_member = false, status = 'member', num_unread = 0, "
      + "num_unread_notices = 0, gentime = GREATEST($3, m.gentime + 1) WHERE m.chat_uid = $1 AND m.contact_uid = $2"
      + RETURNING;
  private static final String SET_STATUS = "UPDATE chat_members m SET status = $3, "
      + "gentime = GREATEST($4, m.gentime + 1) "
      + "WHERE m.chat_uid = $1 AND m.contact_uid = $2 AND m.is_member" + RETURNING;
  private static final String UPDATE_PERSONAL = """
      UPDATE chat_members m SET
        hidden = COALESCE($3, m.hidden),
        pinned = COALESCE($4, m.pinned),
        pinned_sort_ordering = COALESCE($5, m.pinned_sort_ordering),
        notifications_enabled = COALESCE($6, m.notifications_enabled),
        counters_enabled = COALESCE($7, m.counters_enabled),
        collapsed = COALESCE($8, m.collapsed),
        gentime = GREATEST($9, m.gentime + 1)
      WHERE m.chat_uid = $1 AND m.contact_uid = $2""" + RETURNING;
  private static final String TOUCH = "UPDATE chat_members m SET gentime = GREATEST($3, m.gentime + 1) "
      + "WHERE m.chat_uid = $1 AND m.contact_uid = $2" + RETURNING;

  private final SqlClient client;

  public MemberRepository(SqlClient client) {
    this.client = client;
  }

  /** The row of {@code contact} in {@code chat}, also when the contact left (then {@code isMember} is false). */
  public Future<Optional<MemberRow>> find(UUID chat, UUID contact) {
    return mapped(client.preparedQuery(FIND).execute(Tuple.of(chat, contact)))
        .map(rows -> Rows.first(rows, ChatColumns::member));
  }

  /** The current members of a chat, admins first. */
  public Future<List<MemberRow>> active(UUID chat) {
    return mapped(client.preparedQuery(ACTIVE).execute(Tuple.of(chat)))
        .map(rows -> Rows.all(rows, ChatColumns::member));
  }

  /** The current members of several chats, grouped by chat (admins first within each). */
  public Future<List<MemberRow>> activeOf(List<UUID> chats) {
    if (chats.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return mapped(client.preparedQuery(ACTIVE_OF).execute(Tuple.of(chats.toArray(UUID[]::new))))
        .map(rows -> Rows.all(rows, ChatColumns::member));
  }

  /** How many current members each of {@code chats} has; chats without members are absent. */
  public Future<Map<UUID, Integer>> countActive(List<UUID> chats) {
    if (chats.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    return mapped(client.preparedQuery(COUNT_ACTIVE).execute(Tuple.of(chats.toArray(UUID[]::new)))).map(rows -> {
      Map<UUID, Integer> out = new HashMap<>();
      rows.forEach(r -> out.put(r.getUUID("chat_uid"), r.getLong("n").intValue()));
      return out;
    });
  }

  /** Inserts the member row when there is none; an existing row (member or not) stays as it is. */
  public Future<Void> ensure(UUID chat, UUID team, UUID contact, String status, long gentime) {
    return mapped(client.preparedQuery(ENSURE).execute(Tuple.of(chat, contact, team, status, gentime))).mapEmpty();
  }

  /**
   * Makes {@code contact} a member with {@code status}: a new row, or an old one reactivated. The member starts with
   * nothing unread and the chat not hidden. Callers check first whether the contact is a member already (the team
   * clock lock they hold keeps that answer true until commit). Fails with NotFound for an unknown chat or contact.
   */
  public Future<MemberRow> join(UUID chat, UUID team, UUID contact, String status, long gentime) {
    return mapped(client.preparedQuery(JOIN).execute(Tuple.of(chat, contact, team, status, gentime)))
        .compose(rows -> Rows.one(rows, ChatColumns::member, "chat " + chat));
  }

  /**
   * {@link #join} for several contacts of the chat's team with one status, in one statement; returns their rows (none
   * for an unknown chat). Fails with NotFound when a contact does not exist.
   */
  public Future<List<MemberRow>> joinAll(UUID chat, List<UUID> contacts, String status, long gentime) {
    if (contacts.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    Tuple params = Tuple.of(chat, contacts.stream().distinct().toArray(UUID[]::new), status, gentime);
    return mapped(client.preparedQuery(JOIN_ALL).execute(params)).map(rows -> Rows.all(rows, ChatColumns::member));
  }

  /** Marks the member as gone (the row stays so delta sync can tell them); NotFound when there is no row. */
  public Future<MemberRow> leave(UUID chat, UUID contact, long gentime) {
    return mapped(client.preparedQuery(LEAVE).execute(Tuple.of(chat, contact, gentime)))
        .compose(rows -> Rows.one(rows, ChatColumns::member, "member " + contact));
  }

  /** Changes a current member's status ({@link MemberRow#ADMIN} or {@link MemberRow#MEMBER}); NotFound otherwise. */
  public Future<MemberRow> setStatus(UUID chat, UUID contact, String status, long gentime) {
    return mapped(client.preparedQuery(SET_STATUS).execute(Tuple.of(chat, contact, status, gentime)))
        .compose(rows -> Rows.one(rows, ChatColumns::member, "member " + contact));
  }

  /** Applies personal settings and moves the member's {@code gentime}; NotFound when there is no row. */
  public Future<MemberRow> updatePersonal(UUID chat, UUID contact, PersonalChange c, long gentime) {
    Tuple params = Tuple.of(chat, contact, c.hidden(), c.pinned(), c.pinnedSortOrdering(), c.notificationsEnabled(),
        c.countersEnabled(), c.collapsed()).addValue(gentime);
    return mapped(client.preparedQuery(UPDATE_PERSONAL).execute(params))
        .compose(rows -> Rows.one(rows, ChatColumns::member, "member " + contact));
  }

  /** Moves the member's {@code gentime} only (its view changed through something stored elsewhere). */
  public Future<MemberRow> touch(UUID chat, UUID contact, long gentime) {
    return mapped(client.preparedQuery(TOUCH).execute(Tuple.of(chat, contact, gentime)))
        .compose(rows -> Rows.one(rows, ChatColumns::member, "member " + contact));
  }
}

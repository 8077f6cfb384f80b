package org.tadaserver.store.chat;

import static org.tadaserver.store.sql.SqlErrors.mapped;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tadaserver.store.Page;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.sql.Rows;

/**
 * Chats ({@code chats}): their shared state. Runs on the {@link SqlClient} it is given (the pool, or a connection in a
 * transaction).
 *
 * <p>Writers take the team's gentime first ({@code TeamRepository.nextGentime}) in the same transaction and pass it
 * here: that clock row lock serialises the writes of one team, so these statements need no row locks of their own.
 */
public final class ChatRepository {
  private static final String SELECT = "SELECT " + ChatColumns.CHAT + " FROM chats c ";
  private static final String GET = SELECT + "WHERE c.uid = $1";
  private static final String FIND_DIRECT = SELECT
      + "WHERE c.team_uid = $1 AND c.chat_type = 'direct' "
      + "AND c.direct_low = LEAST($2::uuid, $3::uuid) AND c.direct_high = GREATEST($2::uuid, $3::uuid)";
  /** {@link #FIND_DIRECT} with the member row of $2 (the actor), when there is one. */
  private static final String FIND_DIRECT_WITH_MEMBER = "SELECT " + ChatColumns.CHAT + ", " + ChatColumns.MEMBER
      + " FROM chats c LEFT JOIN (" + ChatColumns.MEMBERS_FROM + ") ON m.chat_uid = c.uid AND m.contact_uid = $2 "
      + "WHERE c.team_uid = $1 AND c.chat_type = 'direct' "
      + "AND c.direct_low = LEAST($2::uuid, $3::uuid) AND c.direct_high = GREATEST($2::uuid, $3::uuid)";
  private static final String INSERT_DIRECT = """
      INSERT INTO chats (uid, team_uid, chat_type, direct_low, direct_high, base_gentime)
      VALUES ($1, $2, 'direct', LEAST($3::uuid, $4::uuid), GREATEST($3::uuid, $4::uuid), $5)
      ON CONFLICT (team_uid, direct_low, direct_high) WHERE chat_type = 'direct' DO NOTHING""";
  private static final String INSERT_GROUP = """
      INSERT INTO chats AS c (uid, team_uid, chat_type, title, description, is_public, default_for_all,
        readonly_for_members, autocleanup_age, section_uid, creator, base_gentime)
      VALUES ($1, $2, 'group', $3, $4, $5, $6, $7, $8, $9, $10, $11)
      RETURNING\s""" + ChatColumns.CHAT;
  private static final String UPDATE_GROUP = """
      UPDATE chats c SET
        title = COALESCE($2, c.title),
        description = COALESCE($3, c.description),
        is_public = COALESCE($4, c.is_public),
        default_for_all = COALESCE($5, c.default_for_all),
        readonly_for_members = COALESCE($6, c.readonly_for_members),
        autocleanup_age = CASE WHEN $7 THEN $8::integer ELSE c.autocleanup_age END,
        base_gentime = GREATEST($9, c.base_gentime + 1)
      WHERE c.uid = $1 AND c.chat_type = 'group'
      RETURNING\s""" + ChatColumns.CHAT;
  private static final String TOUCH = "UPDATE chats c SET base_gentime = GREATEST($2, c.base_gentime + 1) "
      + "WHERE c.uid = $1 RETURNING " + ChatColumns.CHAT;
  private static final String ARCHIVE = "UPDATE chats c SET is_archive = true, default_for_all = false, "
      + "base_gentime = GREATEST($2, c.base_gentime + 1) WHERE c.uid = $1 RETURNING " + ChatColumns.CHAT;
  private static final String DEFAULT_FOR_ALL = SELECT
      + "WHERE c.team_uid = $1 AND c.default_for_all AND NOT c.is_archive ORDER BY c.created, c.uid";
  private static final String JOINABLE = SELECT + """
      WHERE c.team_uid = $1 AND c.chat_type = 'group' AND c.is_public AND NOT c.is_archive
        AND NOT EXISTS (SELECT 1 FROM chat_members m WHERE m.chat_uid = c.uid AND m.contact_uid = $2 AND m.is_member)
      ORDER BY lower(c.title), c.uid""";

  private final SqlClient client;

  public ChatRepository(SqlClient client) {
    this.client = client;
  }

  /** The chat with this uid, in any team (callers compare {@link ChatRow#teamUid()}), archived ones included. */
  public Future<Optional<ChatRow>> find(UUID uid) {
    return mapped(client.preparedQuery(GET).execute(Tuple.of(uid))).map(rows -> Rows.first(rows, ChatColumns::chat));
  }

  /** Like {@link #find} but fails with {@link StoreException.NotFound}. */
  public Future<ChatRow> get(UUID uid) {
    return mapped(client.preparedQuery(GET).execute(Tuple.of(uid)))
        .compose(rows -> Rows.one(rows, ChatColumns::chat, "chat " + uid));
  }

  /** The direct chat of two contacts of {@code team}, in either order (PostgreSQL orders the pair). */
  public Future<Optional<ChatRow>> findDirect(UUID team, UUID a, UUID b) {
    return mapped(client.preparedQuery(FIND_DIRECT).execute(Tuple.of(team, a, b)))
        .map(rows -> Rows.first(rows, ChatColumns::chat));
  }

  /**
   * The direct chat of {@code actor} and {@code peer} in {@code team} with the actor's member row, in one statement;
   * empty when the two have no direct chat yet.
   */
  public Future<Optional<ChatWithMember>> findDirectWithMember(UUID team, UUID actor, UUID peer) {
    return mapped(client.preparedQuery(FIND_DIRECT_WITH_MEMBER).execute(Tuple.of(team, actor, peer)))
        .map(rows -> Rows.first(rows, r -> new ChatWithMember(ChatColumns.chat(r),
            r.getUUID("m_chat_uid") == null ? null : ChatColumns.member(r))));
  }

  /**
   * The direct chat of two contacts, created with both member rows when it does not exist yet. Safe against a
   * concurrent create of the same pair (the loser's insert does nothing and it reads the winner's row). An existing
   * chat and its member rows are returned unchanged. Fails with {@link StoreException.Invalid} when {@code a = b}
   * and {@link StoreException.NotFound} when a contact does not exist.
   *
   * @param gentime the team clock value of the calling transaction (versions of the new rows)
   */
  public Future<ChatRow> createDirect(UUID team, UUID a, UUID b, long gentime) {
    if (a.equals(b)) {
      return Future.failedFuture(new StoreException.Invalid("a direct chat needs two different contacts", null));
    }
    Tuple insert = Tuple.of(UUID.randomUUID(), team, a, b, gentime);
    MemberRepository members = new MemberRepository(client);
    return mapped(client.preparedQuery(INSERT_DIRECT).execute(insert))
        .compose(v -> mapped(client.preparedQuery(FIND_DIRECT).execute(Tuple.of(team, a, b))))
        .compose(rows -> Rows.one(rows, ChatColumns::chat, "direct chat"))
        .compose(chat -> members.ensure(chat.uid(), team, a, MemberRow.MEMBER, gentime)
            .compose(v -> members.ensure(chat.uid(), team, b, MemberRow.MEMBER, gentime))
            .map(chat));
  }

  /** Inserts a group chat (members are added with {@link MemberRepository#join}). */
  public Future<ChatRow> insertGroup(NewGroup g, long gentime) {
    Tuple params = Tuple.of(g.uid(), g.teamUid(), g.title(), g.description() == null ? "" : g.description(),
        g.isPublic(), g.defaultForAll(), g.readonlyForMembers(), g.autocleanupAge())
        .addValue(g.sectionUid()).addValue(g.creator()).addValue(gentime);
    return mapped(client.preparedQuery(INSERT_GROUP).execute(params))
        .compose(rows -> Rows.one(rows, ChatColumns::chat, "group"));
  }

  /** Applies changed shared fields of a group and moves its {@code base_gentime}; NotFound for a non-group. */
  public Future<ChatRow> updateGroup(UUID uid, GroupChange change, long gentime) {
    Tuple params = Tuple.of(uid, change.title(), change.description(), change.isPublic(), change.defaultForAll(),
        change.readonlyForMembers(), change.setAutocleanupAge(), change.autocleanupAge())
        .addValue(gentime);
    return mapped(client.preparedQuery(UPDATE_GROUP).execute(params))
        .compose(rows -> Rows.one(rows, ChatColumns::chat, "group " + uid));
  }

  /** Moves {@code base_gentime} (a shared change stored elsewhere, such as the member list). */
  public Future<ChatRow> touch(UUID uid, long gentime) {
    return mapped(client.preparedQuery(TOUCH).execute(Tuple.of(uid, gentime)))
        .compose(rows -> Rows.one(rows, ChatColumns::chat, "chat " + uid));
  }

  /** Archives a chat (it also stops being {@code default_for_all}); archiving twice only moves the version. */
  public Future<ChatRow> archive(UUID uid, long gentime) {
    return mapped(client.preparedQuery(ARCHIVE).execute(Tuple.of(uid, gentime)))
        .compose(rows -> Rows.one(rows, ChatColumns::chat, "chat " + uid));
  }

  /**
   * One page of a contact's chats with their member rows, and how many chats the filter matches in all. A page past
   * the end is empty.
   */
  public Future<Page<ChatListing>> list(ChatListFilter filter) {
    ChatListQuery query = new ChatListQuery(filter);
    return mapped(client.preparedQuery(query.countSql()).execute(query.params()))
        .compose(count -> mapped(client.preparedQuery(query.pageSql()).execute(query.pageParams()))
            .map(rows -> new Page<>(Rows.all(rows, ChatRepository::listing),
                count.iterator().next().getLong("total"))));
  }

  /** Live {@code default_for_all} chats of a team, oldest first. */
  public Future<List<ChatRow>> defaultForAll(UUID team) {
    return mapped(client.preparedQuery(DEFAULT_FOR_ALL).execute(Tuple.of(team)))
        .map(rows -> Rows.all(rows, ChatColumns::chat));
  }

  /** Live public groups of a team that {@code contact} is not (or no longer) a member of, by title. */
  public Future<List<ChatRow>> joinableGroups(UUID team, UUID contact) {
    return mapped(client.preparedQuery(JOINABLE).execute(Tuple.of(team, contact)))
        .map(rows -> Rows.all(rows, ChatColumns::chat));
  }

  private static ChatListing listing(Row r) {
    return new ChatListing(ChatColumns.chat(r), ChatColumns.member(r), r.getString("display_name"));
  }
}

package org.tadaserver.store.chat;

import static org.tadaserver.store.sql.SqlErrors.mapped;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tadaserver.store.sql.Rows;

/**
 * Messages ({@code messages}): inserting, editing, archiving, reading by id. Writers run inside a transaction that
 * holds the team clock ({@link TeamClock}) and stamp rows with its value; history queries are in
 * {@link HistoryRepository}.
 */
public final class MessageRepository {
  private static final String SELECT = "SELECT " + MessageSql.COLUMNS + MessageSql.FROM;
  private static final String FIND = SELECT + "WHERE g.uid = $1";
  private static final String FIND_ALL = SELECT + "WHERE g.uid = ANY($1::uuid[])";
  /** Locks the rows (not the chats) so an edit, delete or reaction in flight keeps them until commit. */
  private static final String LOCK_ALL = SELECT + "WHERE g.uid = ANY($1::uuid[]) ORDER BY g.uid FOR UPDATE OF g";
  private static final String EDIT = """
      UPDATE messages SET content = $2, push_text = $3, links = $4, mentions = $5, reply_to = $6, linked = $7,
        important = $8, nopreview = $9, edited = $10, gentime = $11
      WHERE uid = $1 AND NOT is_archive""";
  private static final String ARCHIVE = "UPDATE messages SET is_archive = true, edited = $2, gentime = $3 "
      + "WHERE uid = $1 AND NOT is_archive";
  private static final String TOUCH = "UPDATE messages SET gentime = $2 WHERE uid = $1";
  private static final String PIN = "UPDATE chats SET pinned_message = $2, "
      + "base_gentime = GREATEST($3, base_gentime + 1) WHERE uid = $1";

  private final SqlClient client;

  public MessageRepository(SqlClient client) {
    this.client = client;
  }

  /** Inserts new messages in one round trip; a {@code uid} that exists already fails the statement (Conflict). */
  public Future<Void> insert(List<MessageRow> messages) {
    if (messages.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> batch = messages.stream().map(MessageSql::insertParams).toList();
    return mapped(client.preparedQuery(MessageSql.INSERT).executeBatch(batch)).mapEmpty();
  }

  public Future<Optional<MessageRow>> find(UUID uid) {
    return mapped(client.preparedQuery(FIND).execute(Tuple.of(uid))).map(rows -> Rows.first(rows, MessageSql::map));
  }

  /** The messages that exist among {@code uids}, in no particular order. */
  public Future<List<MessageRow>> findAll(Collection<UUID> uids) {
    if (uids.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return mapped(client.preparedQuery(FIND_ALL).execute(Tuple.of(uids.toArray(UUID[]::new))))
        .map(rows -> Rows.all(rows, MessageSql::map));
  }

  /** Like {@link #findAll} but locks the rows until the transaction ends (uid order). */
  public Future<List<MessageRow>> lockAll(Collection<UUID> uids) {
    if (uids.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return mapped(client.preparedQuery(LOCK_ALL).execute(Tuple.of(uids.toArray(UUID[]::new))))
        .map(rows -> Rows.all(rows, MessageSql::map));
  }

  /** Stores an edit made with {@link MessageRow#edited}; a deleted message is left alone. */
  public Future<Void> edit(MessageRow m) {
    Tuple params = Tuple.of(m.uid(), m.content(), m.pushText(), m.links(), m.mentions().toArray(UUID[]::new),
        m.replyTo(), m.linked().toArray(UUID[]::new), m.important(), m.nopreview(), MessageSql.at(m.edited()),
        m.gentime());
    return mapped(client.preparedQuery(EDIT).execute(params)).compose(rows -> Rows.touched(rows, "message"));
  }

  /** Archives (deletes) a message; NotFound when it is gone already. */
  public Future<Void> archive(UUID uid, Instant at, long gentime) {
    return mapped(client.preparedQuery(ARCHIVE).execute(Tuple.of(uid, MessageSql.at(at), gentime)))
        .compose(rows -> Rows.touched(rows, "message " + uid));
  }

  /** Moves a message's version only (its reactions changed). */
  public Future<Void> touch(UUID uid, long gentime) {
    return mapped(client.preparedQuery(TOUCH).execute(Tuple.of(uid, gentime)))
        .compose(rows -> Rows.touched(rows, "message " + uid));
  }

  /** Sets ({@code message} null: clears) the chat's pinned message; moves the chat's {@code base_gentime}. */
  public Future<Void> pin(UUID chat, UUID message, long gentime) {
    return mapped(client.preparedQuery(PIN).execute(Tuple.of(chat, message, gentime)))
        .compose(rows -> Rows.touched(rows, "chat " + chat));
  }
}

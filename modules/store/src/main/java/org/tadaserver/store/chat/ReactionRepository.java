package org.tadaserver.store.chat;

import static org.tadaserver.store.sql.SqlErrors.mapped;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.tadaserver.store.sql.Rows;

/**
 * Emoji reactions ({@code message_reactions}). A contact has at most one reaction of each emoji on a message. Writers
 * also move the message's gentime ({@link MessageRepository#touch}) in the same transaction.
 */
public final class ReactionRepository {
  private static final String ADD = "INSERT INTO message_reactions (message_uid, contact_uid, name, created) "
      + "VALUES ($1, $2, $3, now()) ON CONFLICT DO NOTHING";
  private static final String REMOVE = "DELETE FROM message_reactions WHERE message_uid = $1 AND contact_uid = $2 "
      + "AND name = $3";
  private static final String OF = "SELECT message_uid, contact_uid, name, created FROM message_reactions "
      + "WHERE message_uid = ANY($1::uuid[]) ORDER BY message_uid, name, created, contact_uid";

  private final SqlClient client;

  public ReactionRepository(SqlClient client) {
    this.client = client;
  }

  /** Adds the reaction; true when it was new. A too long or empty name fails with Invalid. */
  public Future<Boolean> add(UUID message, UUID contact, String name) {
    return mapped(client.preparedQuery(ADD).execute(Tuple.of(message, contact, name))).map(rows -> rows.rowCount() > 0);
  }

  /** Removes the reaction; true when there was one. */
  public Future<Boolean> remove(UUID message, UUID contact, String name) {
    return mapped(client.preparedQuery(REMOVE).execute(Tuple.of(message, contact, name)))
        .map(rows -> rows.rowCount() > 0);
  }

  /** The reactions on {@code messages}, ordered by message, emoji, then time. */
  public Future<List<ReactionRow>> of(Collection<UUID> messages) {
    if (messages.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return mapped(client.preparedQuery(OF).execute(Tuple.of(messages.toArray(UUID[]::new))))
        .map(rows -> Rows.all(rows, r -> new ReactionRow(r.getUUID("message_uid"), r.getUUID("contact_uid"),
            r.getString("name"), Rows.instant(r, "created"))));
  }
}

package org.tadaserver.store.chat;

import static org.tadaserver.store.sql.SqlErrors.mapped;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import java.util.UUID;
import org.tadaserver.store.sql.Rows;

/** A member's draft of a chat ({@code chat_members.draft}, {@code draft_revision}): the newest revision wins. */
public final class DraftRepository {
  private static final String SAVE = """
      UPDATE chat_members m SET draft = $3, draft_revision = $4, gentime = GREATEST($5, m.gentime + 1)
      FROM contacts k
      WHERE m.chat_uid = $1 AND m.contact_uid = $2 AND m.is_member AND m.draft_revision < $4 AND k.uid = m.contact_uid
      RETURNING\s""" + ChatColumns.MEMBER;

  private final SqlClient client;

  public DraftRepository(SqlClient client) {
    this.client = client;
  }

  /**
   * Stores the draft when {@code revision} (unix ms) is newer than the stored one and the contact is a current
   * member; empty otherwise (an older or repeated revision changes nothing).
   */
  public Future<Optional<MemberRow>> save(UUID chat, UUID contact, String draft, long revision, long gentime) {
    return mapped(client.preparedQuery(SAVE).execute(Tuple.of(chat, contact, draft, revision, gentime)))
        .map(rows -> Rows.first(rows, ChatColumns::member));
  }
}

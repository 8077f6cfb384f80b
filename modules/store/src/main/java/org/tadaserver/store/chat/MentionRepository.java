package org.tadaserver.store.chat;

import static org.tadaserver.store.sql.SqlErrors.mapped;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.tadaserver.store.sql.Rows;

/**
 * Looks up the contacts a message's {@code @name} tokens may mean: live contacts of the team whose account's login
 * name, or whose display name with every run of whitespace written as {@code _}, equals a token (ignoring case).
 */
public final class MentionRepository {
  private static final String FIND = """
      SELECT k.uid, k.display_name, u.username FROM contacts k LEFT JOIN users u ON u.uid = k.user_uid
      WHERE k.team_uid = $1 AND NOT k.is_archive AND k.user_uid IS NOT NULL
        AND (lower(u.username) = ANY($2::text[])
             OR lower(regexp_replace(btrim(k.display_name), '\\s+', '_', 'g')) = ANY($2::text[]))""";

  private final SqlClient client;

  public MentionRepository(SqlClient client) {
    this.client = client;
  }

  /** Candidates for the tokens (without the {@code @}); tokens compare case-insensitively. */
  public Future<List<Candidate>> find(UUID team, Collection<String> tokens) {
    if (tokens.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    String[] lowered = tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
    return mapped(client.preparedQuery(FIND).execute(Tuple.of(team, (Object) lowered)))
        .map(rows -> Rows.all(rows, r -> new Candidate(r.getUUID("uid"), r.getString("display_name"),
            r.getString("username"))));
  }

  /** A contact a token may name. */
  public record Candidate(UUID contact, String displayName, String username) {}
}

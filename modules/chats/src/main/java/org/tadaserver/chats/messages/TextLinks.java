package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.UUID;
import org.tadaserver.protocol.model.MessageLink;
import org.tadaserver.store.chat.MentionRepository;

/**
 * The {@code links} of a text that is not a message (a task description): mentions of the team's contacts and web
 * links, by the same rules as messages ({@link TextParser}).
 */
public final class TextLinks {
  private TextLinks() {}

  public static Future<List<MessageLink>> of(SqlClient client, UUID team, String text) {
    if (text == null || text.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return new MentionRepository(client).find(team, TextParser.mentionTokens(text))
        .map(candidates -> TextParser.parse(text, candidates, false).links());
  }
}

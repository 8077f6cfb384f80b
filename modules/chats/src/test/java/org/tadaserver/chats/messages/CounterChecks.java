package org.tadaserver.chats.messages;

import org.tadaserver.bus.testing.Await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Assertions on counters: the wire shape of {@code team_unread}, and stored counters against a recount. */
final class CounterChecks {
  private static final String RECOUNT = """
      SELECT m.chat_uid, m.contact_uid, m.num_unread, m.num_unread_notices,
        (SELECT count(*) FROM messages x WHERE x.chat_uid = m.chat_uid AND NOT x.is_archive AND NOT x.silently
           AND x.seq > m.last_read_seq AND x.sender <> m.contact_uid) AS unread,
        (SELECT count(*) FROM messages x WHERE x.chat_uid = m.chat_uid AND NOT x.is_archive AND NOT x.silently
           AND x.seq > m.last_read_seq AND x.sender <> m.contact_uid AND m.contact_uid = ANY(x.mentions)) AS notices
      FROM chat_members m WHERE m.is_member AND m.team_uid = $1""";

  private CounterChecks() {}

  /** Asserts {@code team_unread} has all five chat types and {@code type} has these numbers. */
  static void unread(JsonNode teamUnread, String type, int messages, int notices, int chats) {
    for (String key : List.of("direct", "group", "task", "meeting", "thread")) {
      assertTrue(teamUnread.path(key).has("messages") && teamUnread.path(key).has("notice_messages")
          && teamUnread.path(key).has("chats"), () -> "team_unread." + key + " complete: " + teamUnread);
    }
    JsonNode u = teamUnread.path(type);
    assertEquals(List.of(messages, notices, chats),
        List.of(u.path("messages").asInt(), u.path("notice_messages").asInt(), u.path("chats").asInt()),
        () -> "team_unread." + type + " {messages, notice_messages, chats} in " + teamUnread);
  }

  /** Asserts a ChatCounters object: jid, num_unread, num_unread_notices. */
  static void chat(JsonNode counters, String jid, int unread, int notices) {
    assertEquals(jid, counters.path("jid").asText(), () -> "chat_counters " + counters);
    assertEquals(List.of(unread, notices),
        List.of(counters.path("num_unread").asInt(), counters.path("num_unread_notices").asInt()),
        () -> "chat_counters {num_unread, num_unread_notices} " + counters);
    assertTrue(counters.has("last_read_message_id"), "last_read_message_id is always present");
  }

  /** Asserts every current member's stored counters in {@code team} equal a recount from the messages. */
  static void exact(MessagesFixture fx, UUID team) {
    List<String> wrong = new ArrayList<>();
    for (Row r : Await.await(fx.db.database().pool().preparedQuery(RECOUNT).execute(Tuple.of(team)))) {
      if (r.getInteger("num_unread") != r.getLong("unread").intValue()
          || r.getInteger("num_unread_notices") != r.getLong("notices").intValue()) {
        wrong.add(r.toJson().encode());
      }
    }
    assertEquals(List.of(), wrong, "stored counters differ from a recount");
  }
}

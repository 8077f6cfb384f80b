package org.tadaserver.e2e.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Assertions on the counters of the wire: ChatCounters, TeamUnread (always all five keys) and their REST twins. */
final class Counters {
  static final List<String> CHAT_TYPES = List.of("direct", "group", "task", "meeting", "thread");

  private Counters() {}

  /** A ChatCounters object (or a Chat): jid, num_unread, num_unread_notices, and last_read_message_id present. */
  static void chat(JsonNode counters, String jid, int unread, int notices) {
    assertEquals(jid, counters.path("jid").asText(), () -> "counters of " + counters);
    assertEquals(List.of(unread, notices), List.of(counters.path("num_unread").asInt(),
        counters.path("num_unread_notices").asInt()), () -> "{num_unread, num_unread_notices} of " + counters);
  }

  /** {@code team_unread}: all five chat types present, {@code type} with these numbers, the others as given. */
  static void team(JsonNode teamUnread, int[] direct, int[] group) {
    for (String key : CHAT_TYPES) {
      JsonNode u = teamUnread.path(key);
      assertTrue(u.has("messages") && u.has("notice_messages") && u.has("chats"),
          () -> "team_unread." + key + " complete in " + teamUnread);
    }
    assertEquals(List.of(direct[0], direct[1], direct[2]), triple(teamUnread.path("direct")),
        () -> "team_unread.direct {messages, notice_messages, chats} in " + teamUnread);
    assertEquals(List.of(group[0], group[1], group[2]), triple(teamUnread.path("group")),
        () -> "team_unread.group {messages, notice_messages, chats} in " + teamUnread);
  }

  /** An event carrying counters: its first chat counters, team_unread and badge. */
  static void event(JsonNode params, String counters, String jid, int unread, int notices, int[] direct, int[] group,
      int badge) {
    chat(params.path(counters).get(0), jid, unread, notices);
    assertTrue(params.path(counters).get(0).has("last_read_message_id"), "last_read_message_id is always present");
    team(params.path("team_unread"), direct, group);
    assertEquals(badge, params.path("badge").asInt(-1), () -> "badge in " + params);
  }

  /** The same numbers over REST: the chat as the person sees it, and their team's unread. */
  static void rest(Person p, String jid, int unread, int notices, int[] direct, int[] group) {
    chat(p.get("/chats/" + jid).result(), jid, unread, notices);
    team(p.client().get("/api/v4/teams/" + p.team()).result().path("unread"), direct, group);
  }

  /** The badge as REST shows it: unread messages over all the person's teams ({@code GET /api/v4/teams}). */
  static void badge(Person p, int badge) {
    int total = 0;
    for (JsonNode team : p.client().get("/api/v4/teams").result()) {
      for (String key : CHAT_TYPES) {
        total += team.path("unread").path(key).path("messages").asInt();
      }
    }
    assertEquals(badge, total, "unread messages over all teams (the badge)");
  }

  static int[] u(int messages, int notices, int chats) {
    return new int[] {messages, notices, chats};
  }

  private static List<Integer> triple(JsonNode unread) {
    return List.of(unread.path("messages").asInt(), unread.path("notice_messages").asInt(),
        unread.path("chats").asInt());
  }
}

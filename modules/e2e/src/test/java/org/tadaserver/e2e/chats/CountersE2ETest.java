package org.tadaserver.e2e.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.e2e.chats.Counters.u;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * The counters scenario of issue 3 over real sockets: three people, a group and a direct chat, mentions, reads on one
 * of Boris's two devices, an edit, a muted chat and a delete. After every step the exact {@code num_unread},
 * {@code num_unread_notices}, {@code team_unread} and {@code badge} are checked in every event that carries them (on
 * both of Boris's sessions, and {@code server.team.counters} on his session in another team) and again over REST.
 */
class CountersE2ETest {
  static ChatFixture fx;

  @BeforeAll
  static void start() {
    fx = new ChatFixture();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  /** Verifies the numbers of the scenario step by step. */
  @Test
  void countersAreExactAfterEveryStep() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    Person clara = fx.person(team);
    Person borisElsewhere = fx.join(boris, fx.team());
    String g = Steps.group(anna, "Counters", boris, clara);
    Counters.rest(boris, g, 0, 0, u(0, 0, 0), u(0, 0, 0));
    try (TadaSocket a = anna.ws(); TadaSocket b1 = boris.ws(); TadaSocket b2 = boris.ws(); TadaSocket c = clara.ws();
        TadaSocket bx = borisElsewhere.ws()) {
      TadaSocket[] borisDevices = {b1, b2};

      // 1. Anna writes in the group and mentions Boris.
      String m1 = Steps.send(a, g, "hi @" + boris.username() + "!");
      for (TadaSocket b : borisDevices) {
        JsonNode e = Steps.updated(b, m1);
        assertTrue(Steps.first(e).path("notice").asBoolean(), "Boris is mentioned");
        Counters.event(e, "chat_counters", g, 1, 1, u(0, 0, 0), u(1, 1, 1), 1);
      }
      Counters.event(Steps.updated(c, m1), "chat_counters", g, 1, 0, u(0, 0, 0), u(1, 0, 1), 1);
      Counters.event(Steps.updated(a, m1), "chat_counters", g, 0, 0, u(0, 0, 0), u(0, 0, 0), 0);
      otherTeam(bx, team, u(0, 0, 0), u(1, 1, 1), 1);
      Counters.rest(boris, g, 1, 1, u(0, 0, 0), u(1, 1, 1));
      Counters.rest(clara, g, 1, 0, u(0, 0, 0), u(1, 0, 1));
      Counters.rest(anna, g, 0, 0, u(0, 0, 0), u(0, 0, 0));
      Counters.badge(boris, 1);

      // 2. Anna writes to Boris directly.
      String ping = Steps.send(a, boris.jid(), "ping");
      for (TadaSocket b : borisDevices) {
        Counters.event(Steps.updated(b, ping), "chat_counters", anna.jid(), 1, 0, u(1, 0, 1), u(1, 1, 1), 2);
      }
      otherTeam(bx, team, u(1, 0, 1), u(1, 1, 1), 2);
      Counters.rest(boris, anna.jid(), 1, 0, u(1, 0, 1), u(1, 1, 1));
      Counters.badge(boris, 2);

      // 3. Clara mentions Anna and Boris; by writing she has read Anna's message, so Anna hears it was seen.
      String m3 = Steps.send(c, g, "hello @" + anna.username() + " and @" + boris.username());
      Counters.event(Steps.updated(a, m3), "chat_counters", g, 1, 1, u(0, 0, 0), u(1, 1, 1), 1);
      for (TadaSocket b : borisDevices) {
        Counters.event(Steps.updated(b, m3), "chat_counters", g, 2, 2, u(1, 0, 1), u(2, 2, 1), 3);
      }
      Counters.event(Steps.updated(c, m3), "chat_counters", g, 0, 0, u(0, 0, 0), u(0, 0, 0), 0);
      assertEquals(m1, received(a, g));
      otherTeam(bx, team, u(1, 0, 1), u(2, 2, 1), 3);
      Counters.rest(anna, g, 1, 1, u(0, 0, 0), u(1, 1, 1));
      Counters.rest(boris, g, 2, 2, u(1, 0, 1), u(2, 2, 1));
      Counters.rest(clara, g, 0, 0, u(0, 0, 0), u(0, 0, 0));
      Counters.badge(boris, 3);

      // 4. Boris reads the group on his first device: both devices hear it; Clara learns her message was seen.
      b1.awaitConfirm(b1.send("client.chat.lastread", Map.of("jid", g)));
      for (TadaSocket b : borisDevices) {
        JsonNode read = Steps.aboutChat(b, "server.chat.lastread", g);
        Counters.event(read, "chats", g, 0, 0, u(1, 0, 1), u(0, 0, 0), 1);
        assertEquals(m3, read.path("chats").get(0).path("last_read_message_id").asText());
      }
      assertEquals(m3, received(c, g));
      otherTeam(bx, team, u(1, 0, 1), u(0, 0, 0), 1);
      Counters.rest(boris, g, 0, 0, u(1, 0, 1), u(0, 0, 0));
      assertEquals(m3, boris.get("/chats/" + g).result().path("last_read_message_id").asText());
      Counters.badge(boris, 1);

      // 5. Boris reads the direct chat up to "ping" over REST; Anna hears it was seen, in the chat she names by Boris.
      boris.post("/chats/" + anna.jid() + "/lastread", Map.of("last_read_message_id", ping)).result();
      for (TadaSocket b : borisDevices) {
        Counters.event(Steps.aboutChat(b, "server.chat.lastread", anna.jid()), "chats", anna.jid(), 0, 0,
            u(0, 0, 0), u(0, 0, 0), 0);
      }
      assertEquals(ping, received(a, boris.jid()));
      otherTeam(bx, team, u(0, 0, 0), u(0, 0, 0), 0);
      Counters.rest(boris, anna.jid(), 0, 0, u(0, 0, 0), u(0, 0, 0));
      Counters.badge(boris, 0);

      // 6. Clara edits her message and no longer mentions Anna: Anna's notice goes; Boris (who read it) keeps 0.
      c.awaitConfirm(c.send("client.message.updated", Steps.message(g, m3, "hello @" + boris.username())));
      JsonNode edit = Steps.updated(a, m3, m -> m.has("edited"));
      assertTrue(edit.path("delayed").asBoolean());
      Counters.event(edit, "chat_counters", g, 1, 0, u(0, 0, 0), u(1, 0, 1), 1);
      for (TadaSocket b : borisDevices) {
        JsonNode e = Steps.updated(b, m3, m -> m.has("edited"));
        Counters.chat(e.path("chat_counters").get(0), g, 0, 0);
      }
      Counters.rest(anna, g, 1, 0, u(0, 0, 0), u(1, 0, 1));
      Counters.rest(boris, g, 0, 0, u(0, 0, 0), u(0, 0, 0));

      // 7. Anna mutes the group; Clara writes again: Anna's chat counts it, her totals and badge do not.
      anna.put("/chats/" + g, Map.of("counters_enabled", false)).result();
      String again = Steps.send(c, g, "again");
      Counters.event(Steps.updated(a, again), "chat_counters", g, 2, 0, u(0, 0, 0), u(0, 0, 0), 0);
      for (TadaSocket b : borisDevices) {
        Counters.event(Steps.updated(b, again), "chat_counters", g, 1, 0, u(0, 0, 0), u(1, 0, 1), 1);
      }
      otherTeam(bx, team, u(0, 0, 0), u(1, 0, 1), 1);
      Counters.rest(anna, g, 2, 0, u(0, 0, 0), u(0, 0, 0));
      Counters.badge(anna, 0);
      Counters.rest(boris, g, 1, 0, u(0, 0, 0), u(1, 0, 1));

      // 8. Clara deletes it: it leaves every counter again.
      c.awaitConfirm(c.send("client.message.deleted", Map.of("message_id", again)));
      for (TadaSocket b : borisDevices) {
        JsonNode e = Steps.updated(b, again, m -> m.path("is_archive").asBoolean());
        Counters.event(e, "chat_counters", g, 0, 0, u(0, 0, 0), u(0, 0, 0), 0);
      }
      Counters.chat(Steps.updated(a, again, m -> m.path("is_archive").asBoolean()).path("chat_counters").get(0),
          g, 1, 0);
      otherTeam(bx, team, u(0, 0, 0), u(0, 0, 0), 0);
      Counters.rest(boris, g, 0, 0, u(0, 0, 0), u(0, 0, 0));
      Counters.rest(anna, g, 1, 0, u(0, 0, 0), u(0, 0, 0));
      Counters.badge(boris, 0);
      bx.expectNone("server.team.counters", Steps.QUIET);
    }
  }

  /** The next {@code server.team.counters} on a session in another team: the scenario team's unread, and the badge. */
  private static void otherTeam(TadaSocket ws, UUID team, int[] direct, int[] group, int badge) {
    JsonNode p = ws.await("server.team.counters").path("params");
    JsonNode entry = p.path("teams").get(0);
    assertEquals(team.toString(), entry.path("uid").asText(), p::toString);
    Counters.team(entry.path("unread"), direct, group);
    assertEquals(badge, p.path("badge").asInt(), p::toString);
  }

  /** The next {@code server.message.received} about chat {@code jid}; returns the message id it names. */
  private static String received(TadaSocket ws, String jid) {
    JsonNode m = ws.await("server.message.received").path("params").path("messages").get(0);
    assertEquals(jid, m.path("chat").asText(), m::toString);
    assertTrue(m.path("received").asBoolean());
    return m.path("message_id").asText();
  }
}

package org.tadaserver.e2e.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.e2e.chats.Steps.first;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.Jid;
import org.tadaserver.store.chat.Notebot;
import org.tadaserver.testkit.client.RestResponse;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Direct chats on a real node (issue 3, point 1): the chat is named by the other person's JID, so
 * {@code message.chat} differs for sender and recipient while {@code from}/{@code to} stay absolute; every session of
 * both users gets every event; writing to oneself is refused; the notes chat exists.
 */
class DirectChatsE2ETest {
  static ChatFixture fx;

  @BeforeAll
  static void start() {
    fx = new ChatFixture();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  /** Verifies personalisation over WebSocket, for two sessions on each side, and the new chat announced to both. */
  @Test
  void chatIsPersonalisedForEverySession() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    try (TadaSocket a1 = anna.ws(); TadaSocket a2 = anna.ws(); TadaSocket b1 = boris.ws(); TadaSocket b2 = boris.ws()) {
      String id = Steps.send(a1, boris.jid(), "hello Boris");
      for (TadaSocket own : new TadaSocket[] {a1, a2}) {
        JsonNode echo = Steps.updated(own, id);
        assertTrue(echo.path("delayed").asBoolean(), "the sender's sessions get the echo as delayed");
        assertEquals(boris.jid(), first(echo).path("chat").asText());
        assertEquals(anna.jid(), first(echo).path("from").asText());
        assertEquals(boris.jid(), first(echo).path("to").asText());
        assertEquals("direct", first(echo).path("chat_type").asText());
        Steps.aboutChat(own, "server.chat.updated", boris.jid());
      }
      for (TadaSocket other : new TadaSocket[] {b1, b2}) {
        JsonNode copy = Steps.updated(other, id);
        assertFalse(copy.path("delayed").asBoolean(), "recipients get a new message");
        assertEquals(anna.jid(), first(copy).path("chat").asText());
        assertEquals(anna.jid(), first(copy).path("from").asText());
        assertEquals(boris.jid(), first(copy).path("to").asText());
        assertEquals("hello Boris", first(copy).path("content").path("text").asText());
        Steps.aboutChat(other, "server.chat.updated", anna.jid());
      }
    }
  }

  /** Verifies tdclient's check: the REST send answer names the recipient as the chat; the recipient sees the sender. */
  @Test
  void restReplyNamesTheRecipient() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    try (TadaSocket b = boris.ws()) {
      String id = UUID.randomUUID().toString();
      JsonNode sent = anna.post("/chats/" + boris.jid() + "/messages",
          Map.of("type", "plain", "text", "via REST", "message_id", id)).result();
      assertEquals(boris.jid(), sent.path("chat").asText());
      assertEquals(id, sent.path("message_id").asText());
      assertEquals(anna.jid(), first(Steps.updated(b, id)).path("chat").asText());
    }
    JsonNode borisView = boris.get("/messages/" + anna.jid()).result().path("messages").get(0);
    assertEquals(anna.jid(), borisView.path("chat").asText());
    JsonNode annaView = anna.get("/chats/" + boris.jid() + "/messages").result().path("messages").get(0);
    assertEquals(boris.jid(), annaView.path("chat").asText());
    JsonNode chat = boris.get("/chats/" + anna.jid()).result();
    assertEquals(anna.jid(), chat.path("jid").asText());
    assertEquals("direct", chat.path("chat_type").asText());
    JsonNode list = anna.get("/chats?chat_type=direct").result();
    assertEquals(boris.jid(), list.path("objects").get(0).path("jid").asText());
  }

  /** Verifies that writing to oneself is refused with a reason, over WebSocket and REST, and stores nothing. */
  @Test
  void writingToYourselfIsRefused() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    try (TadaSocket ws = anna.ws()) {
      String confirm = ws.send("client.message.updated", Steps.message(anna.jid(), UUID.randomUUID().toString(), "me"));
      assertEquals("You can't send messages to yourself", Steps.warned(ws, confirm));
      ws.expectNone("server.message.updated", Steps.QUIET);
    }
    RestResponse rest = anna.post("/chats/" + anna.jid() + "/messages", Map.of("text", "me"));
    assertEquals(403, rest.status(), rest::toString);
    assertEquals("ACCESS_DENIED", rest.error());
    assertEquals("You can't send messages to yourself", rest.reason());
    assertEquals(0, anna.get("/chats").result().path("count").asInt());
  }

  /** Verifies that the team names its notes chat ({@code Team.notebot}, issue 3 point 1), so clients can find it. */
  @Test
  void teamNamesItsNotebot() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    JsonNode viewed = anna.client().get("/api/v4/teams/" + team).result();
    assertEquals(Jid.contact(Notebot.uid(team)).toString(), viewed.path("notebot").asText(), "Team.notebot");
  }

  /** Verifies the notes chat: a user's notes go to the notebot's chat and come back to them only. */
  @Test
  void notesChat() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    String notebot = anna.client().get("/api/v4/teams/" + team).result().path("notebot").asText();
    try (TadaSocket a = anna.ws(); TadaSocket b = boris.ws()) {
      String id = Steps.send(a, notebot, "buy milk");
      JsonNode echo = Steps.updated(a, id);
      assertEquals(notebot, first(echo).path("chat").asText());
      b.expectNone("server.message.updated", Steps.QUIET);
    }
    JsonNode notes = anna.get("/messages/" + notebot).result().path("messages");
    assertEquals("buy milk", notes.get(0).path("content").path("text").asText());
    assertEquals(0, boris.get("/chats").result().path("count").asInt(), "someone's notes are nobody else's chat");
  }

  /**
   * Verifies that a refused first message (it answers a message that does not exist) leaves no chat behind: the
   * recipient must not be shown a new, empty chat from someone whose message never arrived. Fails today: the chat
   * service creates the direct chat (and announces it to both) before it checks {@code reply_to} and
   * {@code linked_messages} (Sends.send: directs.ensure runs before references).
   */
  @Test
  void aRefusedFirstMessageLeavesNoChat() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    try (TadaSocket a = anna.ws(); TadaSocket b = boris.ws()) {
      Map<String, Object> params = new java.util.LinkedHashMap<>(Steps.message(boris.jid(),
          UUID.randomUUID().toString(), "re: nothing"));
      params.put("reply_to", UUID.randomUUID().toString());
      assertEquals("reply_to: no such message in this chat", Steps.warned(a, a.send("client.message.updated", params)));
      b.expectNone("server.chat.updated", Steps.QUIET);
    }
    assertEquals(0, boris.get("/chats").result().path("count").asInt(), "no chat for the recipient");
    assertEquals(0, anna.get("/chats").result().path("count").asInt(), "no chat for the sender");
  }
}

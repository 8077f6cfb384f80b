package org.tadaserver.chats.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.bus.testing.Await.failsWith;
import static org.tadaserver.chats.messages.MessagesFixture.jid;
import static org.tadaserver.chats.messages.MessagesFixture.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.chats.MessageFilter;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.protocol.model.MessageContent;
import org.tadaserver.store.chat.Notebot;

/** Sending through the bus: direct chats and their personalisation, groups, echoes, positions, resends, notes. */
class SendTest {
  static MessagesFixture fx;

  @BeforeAll
  static void up() {
    fx = new MessagesFixture();
  }

  @AfterAll
  static void down() {
    fx.close();
  }

  /** Verifies that a first direct message creates the chat and each side names it by the other's contact. */
  @Test
  void directChatIsPersonalised() {
    UUID team = fx.team();
    Membership alice = fx.person(team, "Alice");
    Membership bob = fx.person(team, "Bob");
    Message sent = fx.send(alice, jid(bob), "hello bob");
    assertEquals(jid(bob), sent.chat().toString(), "the sender names the chat by the recipient");
    assertEquals(jid(alice), sent.from().toString());
    assertEquals(jid(bob), sent.to().toString());

    JsonNode echo = fx.lastEvent(alice, "server.message.updated", 1);
    assertTrue(echo.path("delayed").asBoolean(), "the sender's echo is delayed");
    JsonNode received = fx.lastEvent(bob, "server.message.updated", 1);
    assertFalse(received.path("delayed").asBoolean(), "the recipient's copy is new");
    JsonNode m = received.path("messages").get(0);
    assertEquals(jid(alice), m.path("chat").asText(), "the recipient names the chat by the sender");
    assertEquals(jid(alice), m.path("from").asText());
    assertEquals(jid(bob), m.path("to").asText());
    assertEquals(jid(alice), received.path("chat_counters").get(0).path("jid").asText());
    assertEquals(1, received.path("chat_counters").get(0).path("num_unread").asInt());

    fx.awaitEvents(alice, "server.chat.updated", 1);
    JsonNode appeared = fx.lastEvent(bob, "server.chat.updated", 1);
    assertEquals(jid(alice), appeared.path("chats").get(0).path("jid").asText());

    List<Message> bobsHistory = await(fx.service.messages(bob, jid(alice), MessageFilter.NEWEST));
    assertEquals(1, bobsHistory.size());
    assertEquals(jid(alice), bobsHistory.get(0).chat().toString());
  }

  /** Verifies num/prev/is_first/is_last/editable_until on new messages and in history. */
  @Test
  void positionsAndEditableUntil() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    Message first = fx.send(a, jid(b), "one");
    Message second = fx.send(b, jid(a), "two");
    Message third = fx.send(a, jid(b), "three");
    assertEquals(0, first.num());
    assertTrue(first.isFirst());
    assertNull(first.prev());
    assertEquals(1, second.num());
    assertEquals(first.messageId(), second.prev());
    assertFalse(second.isFirst());
    assertEquals(2, third.num());
    assertTrue(third.isLast());
    assertEquals(third.created().plusSeconds(86_400), third.editableUntil());

    List<Message> page = await(fx.service.messages(a, jid(b), MessageFilter.NEWEST));
    assertEquals(List.of(third.messageId(), second.messageId(), first.messageId()),
        page.stream().map(Message::messageId).toList(), "newest first");
    assertEquals(List.of(2, 1, 0), page.stream().map(Message::num).toList());
    assertEquals(List.of(true, false, false), page.stream().map(Message::isLast).toList());
    assertEquals(second.messageId(), page.get(0).prev());
    assertTrue(page.get(2).isFirst());
  }

  /** Verifies that a group message reaches every member, delayed only for the author, and names the group. */
  @Test
  void groupMessageReachesEveryMember() {
    UUID team = fx.team();
    Membership admin = fx.person(team, "Admin");
    Membership m1 = fx.person(team, "M1");
    Membership outsider = fx.person(team, "Outsider");
    String group = fx.group(admin, m1);
    fx.clearEvents();
    Message sent = fx.send(m1, group, "hi all");
    assertEquals(group, sent.chat().toString());
    assertEquals(group, sent.to().toString());
    JsonNode toAdmin = fx.lastEvent(admin, "server.message.updated", 1);
    assertFalse(toAdmin.path("delayed").asBoolean());
    assertEquals(group, toAdmin.path("messages").get(0).path("chat").asText());
    assertTrue(fx.lastEvent(m1, "server.message.updated", 1).path("delayed").asBoolean());
    assertEquals(List.of(), fx.events(outsider, "server.message.updated"), "nothing reaches a non-member");
  }

  /** Verifies that five sends of one message_id store one message, answer it five times, and notify once. */
  @Test
  void resendFiveTimesIsOneMessage() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    SendMessage once = text(jid(b), "only once");
    for (int i = 0; i < 5; i++) {
      Message answer = await(fx.service.send(a, once));
      assertEquals(once.messageId(), answer.messageId());
      assertEquals(0, answer.num());
    }
    assertEquals(1, await(fx.service.messages(b, jid(a), MessageFilter.NEWEST)).size());
    fx.awaitEvents(b, "server.message.updated", 1);
    assertEquals(1, fx.events(a, "server.message.updated").size(), "one echo");
  }

  /** Verifies that concurrent resends of one id (the same batch or the next) still make one message. */
  @Test
  void concurrentResendsAreOneMessage() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    SendMessage once = text(jid(b), "burst");
    List<io.vertx.core.Future<Message>> all = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      all.add(fx.service.send(a, once));
    }
    await(io.vertx.core.Future.all(all));
    assertEquals(1, await(fx.service.messages(a, jid(b), MessageFilter.NEWEST)).size());
    fx.awaitEvents(b, "server.message.updated", 1);
  }

  /** Verifies that a message without message_id gets one from the server. */
  @Test
  void serverMakesMissingMessageId() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    Message m = await(fx.service.send(a, new SendMessage(jid(b), null, MessageContent.plain("no id"), null, null,
        false, false, null)));
    assertEquals(m.messageId(), UUID.fromString(m.messageId()).toString());
  }

  /** Verifies that writing to oneself is refused with a reason and stores nothing. */
  @Test
  void writingToYourselfIsRefused() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    var e = failsWith(ApiError.ACCESS_DENIED, fx.service.send(a, text(jid(a), "me")));
    assertTrue(e.getMessage().contains("yourself"), e.getMessage());
  }

  /** Verifies the notebot: created on first use, a chat with one human member, nothing delivered to others. */
  @Test
  void notesGoToTheNotebotOnly() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    String notebot = Jid.contact(Notebot.uid(team)).toString();
    Message note = fx.send(a, notebot, "buy milk");
    assertEquals(notebot, note.chat().toString());
    Message again = fx.send(a, notebot, "and bread");
    assertEquals(1, again.num());
    assertEquals(2, await(fx.service.messages(a, notebot, MessageFilter.NEWEST)).size());
    fx.awaitEvents(a, "server.message.updated", 2);
    assertEquals(List.of(), fx.events(b, "server.message.updated"));
    Membership c = fx.person(team, "C");
    Message other = fx.send(c, notebot, "c's own note");
    assertEquals(0, other.num(), "each user has their own notes chat");
    assertEquals(1, await(fx.service.messages(c, notebot, MessageFilter.NEWEST)).size());
  }

  /** Verifies reply_to and linked_messages come back as message objects. */
  @Test
  void repliesAndForwards() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    Membership c = fx.person(team, "C");
    Message question = fx.send(a, jid(b), "question?");
    SendMessage reply = new SendMessage(jid(a), UUID.randomUUID().toString(), MessageContent.plain("answer"),
        question.messageId(), List.of(), false, false, List.of());
    Message answer = await(fx.service.send(b, reply));
    assertEquals(question.messageId(), answer.replyTo().messageId());
    assertEquals("question?", answer.replyTo().content().text());

    SendMessage forward = new SendMessage(jid(c), UUID.randomUUID().toString(), MessageContent.plain(""), null,
        List.of(question.messageId(), answer.messageId()), true, true, List.of());
    Message fwd = await(fx.service.send(a, forward));
    assertEquals(List.of(question.messageId(), answer.messageId()),
        fwd.linkedMessages().stream().map(Message::messageId).toList());
    assertTrue(fwd.important());
    assertTrue(fwd.nopreview());
    JsonNode atC = fx.lastEvent(c, "server.message.updated", 1).path("messages").get(0);
    assertEquals("answer", atC.path("linked_messages").get(1).path("content").path("text").asText());
    assertNotEquals(0, atC.path("linked_messages").size());
  }
}

package org.tadaserver.chats.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.bus.testing.Await.failsWith;
import static org.tadaserver.chats.messages.MessagesFixture.jid;

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
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.protocol.model.MessageContent;

/** Edits and deletes: who may, until when, what everyone sees, and what the chat's numbering does. */
class EditDeleteTest {
  static MessagesFixture fx;

  @BeforeAll
  static void up() {
    fx = new MessagesFixture();
  }

  @AfterAll
  static void down() {
    fx.close();
  }

  private static SendMessage edit(String to, Message m, String text) {
    return new SendMessage(to, m.messageId(), MessageContent.plain(text), null, List.of(), false, false, List.of());
  }

  /** Verifies that the author's edit keeps the id and position, stamps edited, and reaches others as delayed. */
  @Test
  void authorEdits() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    Message m = fx.send(a, jid(b), "draft text");
    Message edited = await(fx.service.send(a, edit(jid(b), m, "final text")));
    assertEquals(m.messageId(), edited.messageId());
    assertEquals("final text", edited.content().text());
    assertNotNull(edited.edited());
    assertTrue(edited.gentime() > m.gentime());
    assertEquals(0, edited.num());
    JsonNode atB = fx.lastEvent(b, "server.message.updated", 2);
    assertTrue(atB.path("delayed").asBoolean(), "an edit is a quiet update");
    assertEquals("final text", atB.path("messages").get(0).path("content").path("text").asText());
    List<Message> history = await(fx.service.messages(b, jid(a), MessageFilter.NEWEST));
    assertEquals(1, history.size());
    assertEquals("final text", history.get(0).content().text());
  }

  /** Verifies that only the author edits, even a chat admin is refused, and nothing changes. */
  @Test
  void othersCannotEdit() {
    UUID team = fx.team();
    Membership admin = fx.person(team, TeamStatus.ADMIN, MessagesFixture.unique("adm"), "Admin");
    Membership a = fx.person(team, "A");
    String g = fx.group(admin, a);
    Message m = fx.send(a, g, "mine");
    failsWith(ApiError.ACCESS_DENIED, fx.service.send(admin, edit(g, m, "hijacked")));
    assertEquals("mine", await(fx.service.messages(a, g, MessageFilter.NEWEST)).get(0).content().text());
  }

  /** Verifies that an edit after max_message_update_age is refused, and a plain resend still answers. */
  @Test
  void editAgeIsEnforced() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    Message m = fx.send(a, jid(b), "old");
    fx.updateAge(team, 0);
    MessagesFixture.sleep(1100);
    var e = failsWith(ApiError.ACCESS_DENIED, fx.service.send(a, edit(jid(b), m, "too late")));
    assertTrue(e.getMessage().contains("no longer"), e.getMessage());
    assertEquals("old", await(fx.service.send(a, edit(jid(b), m, "old"))).content().text(), "a resend is fine");
    failsWith(ApiError.ACCESS_DENIED, fx.service.delete(a, m.messageId()));
  }

  /** Verifies the archived form, the renumbering of later messages, and that history hides the text. */
  @Test
  void deleteProducesArchivedForm() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    Message first = fx.send(a, jid(b), "first");
    Message second = fx.send(a, jid(b), "secret");
    Message third = fx.send(b, jid(a), "third");
    Message gone = await(fx.service.delete(a, second.messageId()));
    assertTrue(gone.isArchive());
    assertNull(gone.num());
    assertNotNull(gone.edited());
    assertEquals("deleted", gone.content().type().wire());
    JsonNode atB = fx.lastEvent(b, "server.message.updated", 4).path("messages").get(0);
    assertTrue(atB.path("is_archive").asBoolean());
    assertFalse(atB.has("num"), "no num for a deleted message");
    assertEquals("secret", atB.path("content").path("text").asText(), "the deletion event keeps the text");

    List<Message> live = await(fx.service.messages(b, jid(a), MessageFilter.NEWEST));
    assertEquals(List.of(third.messageId(), first.messageId()), live.stream().map(Message::messageId).toList());
    assertEquals(1, live.get(0).num(), "later messages move down");
    assertEquals(first.messageId(), live.get(0).prev());
    MessageFilter withDeleted = new MessageFilter(0, null, false, null, false, null, null, 0, null, false, List.of(),
        null, null, true);
    List<Message> all = await(fx.service.messages(b, jid(a), withDeleted));
    assertEquals(3, all.size());
    assertEquals("", all.get(1).content().text(), "history never shows a deleted text");
    assertTrue(all.get(1).isArchive());
  }

  /** Verifies that repeated deletes are no-ops that answer the archived message and send nothing. */
  @Test
  void repeatedDeleteIsNoOp() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    Message m = fx.send(a, jid(b), "bye");
    long gentime = await(fx.service.delete(a, m.messageId())).gentime();
    fx.awaitEvents(b, "server.message.updated", 2);
    Message again = await(fx.service.delete(a, m.messageId()));
    assertTrue(again.isArchive());
    assertEquals(gentime, again.gentime());
    fx.awaitEvents(b, "server.message.updated", 2);
  }

  /** Verifies delete rights: not others; yes a group admin; yes a team admin who is a member; system messages. */
  @Test
  void deleteRights() {
    UUID team = fx.team();
    Membership creator = fx.person(team, "Creator");
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    Membership teamAdmin = fx.person(team, TeamStatus.ADMIN, MessagesFixture.unique("ta"), "Team admin");
    String g = fx.group(creator, a, b, teamAdmin);
    Message byA = fx.send(a, g, "a says");
    failsWith(ApiError.ACCESS_DENIED, fx.service.delete(b, byA.messageId()));
    assertTrue(await(fx.service.delete(creator, byA.messageId())).isArchive(), "group admin deletes any");
    Message byB = fx.send(b, g, "b says");
    assertTrue(await(fx.service.delete(teamAdmin, byB.messageId())).isArchive(), "team admin member deletes any");

    Message byBdirect = fx.send(b, jid(a), "direct");
    failsWith(ApiError.ACCESS_DENIED, fx.service.delete(a, byBdirect.messageId()));
    failsWith(ApiError.NOT_FOUND, fx.service.delete(creator, byBdirect.messageId()));
  }

  /** Verifies that a system change message is never editable, and not deletable by its actor. */
  @Test
  void systemMessagesAreNotEditable() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    String g = fx.group(a, b);
    fx.clearEvents();
    UUID chat = UUID.fromString(g.substring(2));
    SystemMessages.Posted posted = await(fx.db.database().pool().withTransaction(tx ->
        SystemMessages.post(tx, team, new SystemChange(chat, b.contact(), "Topic changed", "old", "new"))));
    new Fanout(fx.vertx).publish(posted.deliveries());
    JsonNode atA = fx.lastEvent(a, "server.message.updated", 1);
    assertFalse(atA.path("delayed").asBoolean());
    assertTrue(fx.lastEvent(b, "server.message.updated", 1).path("delayed").asBoolean(), "the actor's echo");
    List<Message> history = await(fx.service.messages(a, g, MessageFilter.NEWEST));
    Message change = history.get(0);
    assertEquals(posted.message().uid().toString(), change.messageId());
    assertEquals("change", change.content().type().wire());
    assertEquals("Topic changed", change.content().title());
    assertEquals("old", change.content().oldValue());
    assertEquals(jid(b), change.content().actor().toString());
    assertEquals(change.created(), change.editableUntil(), "not editable");
    assertTrue(change.silently());
    failsWith(ApiError.ACCESS_DENIED, fx.service.send(b, edit(g, change, "rewritten")));
    failsWith(ApiError.ACCESS_DENIED, fx.service.delete(b, change.messageId()));
    assertTrue(await(fx.service.delete(a, change.messageId())).isArchive(), "the group admin may remove it");
  }
}

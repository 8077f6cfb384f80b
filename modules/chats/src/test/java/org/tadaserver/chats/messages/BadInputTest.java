package org.tadaserver.chats.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.bus.testing.Await.failsWith;
import static org.tadaserver.chats.messages.MessagesFixture.jid;
import static org.tadaserver.chats.messages.MessagesFixture.text;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.MessageFilter;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.enums.Mediatype;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.protocol.model.MessageContent;

/**
 * Bad input and rule breaking on every message operation: each fails with a typed error and a clear message, and
 * nothing is stored or delivered.
 */
class BadInputTest {
  static final Limits LIMITS = new Limits(50, 3, 10, 100, 100, 200, 100, 100, 100, 50, 100, 100, 100, 2_048, 100, 2,
      200, 300, 10);
  static MessagesFixture fx;
  static UUID team;
  static Membership a;
  static Membership b;
  static Membership outsider;
  static String group;

  @BeforeAll
  static void up() {
    fx = new MessagesFixture(LIMITS);
    team = fx.team();
    a = fx.person(team, "A");
    b = fx.person(team, "B");
    outsider = fx.person(team, "Outsider");
    group = fx.group(a, b);
  }

  @AfterAll
  static void down() {
    fx.close();
  }

  private static SendMessage with(String to, String id, MessageContent content, String replyTo, List<String> linked,
      List<String> uploads) {
    return new SendMessage(to, id, content, replyTo, linked, false, false, uploads);
  }

  /** Verifies malformed ids and JIDs are INVALID_DATA naming the field. */
  @Test
  void malformedIds() {
    var e = failsWith(ApiError.INVALID_DATA, fx.service.send(a, with(group, "12345", MessageContent.plain("x"), null,
        null, null)));
    assertTrue(e.details().containsKey("message_id"), e.details().toString());
    failsWith(ApiError.INVALID_DATA, fx.service.send(a, text("g-not-a-uuid", "x")));
    failsWith(ApiError.INVALID_DATA, fx.service.send(a, text("", "x")));
    failsWith(ApiError.INVALID_DATA, fx.service.send(a, with(group, null, MessageContent.plain("x"), "nope", null,
        null)));
    failsWith(ApiError.INVALID_DATA, fx.service.send(a, with(group, null, MessageContent.plain("x"), null,
        List.of("bad"), null)));
    failsWith(ApiError.INVALID_DATA, fx.service.delete(a, "bad-id"));
    failsWith(ApiError.INVALID_DATA, fx.service.react(a, "bad-id", "👍", true));
    failsWith(ApiError.INVALID_DATA, fx.service.markRead(a, group, "bad-id"));
  }

  /** Verifies limits: text length in code points, number of forwards, uploads, content type, empty text. */
  @Test
  void limits() {
    var tooLong = failsWith(ApiError.INVALID_DATA, fx.service.send(a, text(group, "x".repeat(51))));
    assertTrue(tooLong.getMessage().contains("50"), tooLong.getMessage());
    fx.send(a, group, "😀".repeat(50));
    List<String> four = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      four.add(UUID.randomUUID().toString());
    }
    var tooMany = failsWith(ApiError.INVALID_DATA, fx.service.send(a, with(group, null, MessageContent.plain("fw"),
        null, four, null)));
    assertTrue(tooMany.details().containsKey("linked_messages"));
    failsWith(ApiError.INVALID_DATA, fx.service.send(a, with(group, null, MessageContent.plain("f"), null, null,
        List.of(UUID.randomUUID().toString()))));
    failsWith(ApiError.INVALID_DATA, fx.service.send(a, with(group, null,
        MessageContent.builder().type(Mediatype.IMAGE).text("img").build(), null, null, null)));
    failsWith(ApiError.INVALID_DATA, fx.service.send(a, text(group, "   ")));
    failsWith(ApiError.INVALID_DATA, fx.service.send(a, with(group, null, null, null, null, null)));
    failsWith(ApiError.INVALID_DATA, fx.service.draft(a, group, "d".repeat(51), 1));
    failsWith(ApiError.INVALID_DATA, fx.service.draft(a, group, "ok", 0));
  }

  /** Verifies unknown chats, chats of other teams and groups one is not in are NOT_FOUND alike. */
  @Test
  void unknownAndForeignChats() {
    failsWith(ApiError.NOT_FOUND, fx.service.send(a, text("g-" + UUID.randomUUID(), "x")));
    failsWith(ApiError.NOT_FOUND, fx.service.send(a, text("d-" + UUID.randomUUID(), "x")));
    UUID otherTeam = fx.team();
    Membership stranger = fx.person(otherTeam, "Stranger");
    failsWith(ApiError.NOT_FOUND, fx.service.send(a, text(jid(stranger), "x")));
    failsWith(ApiError.NOT_FOUND, fx.service.send(stranger, text(group, "x")));
    failsWith(ApiError.NOT_FOUND, fx.service.send(outsider, text(group, "x")));
    failsWith(ApiError.NOT_FOUND, fx.service.messages(outsider, group, MessageFilter.NEWEST));
    failsWith(ApiError.NOT_FOUND, fx.service.markRead(outsider, group, null));
    failsWith(ApiError.NOT_FOUND, fx.service.composing(outsider, group, true, false));
    failsWith(ApiError.NOT_FOUND, fx.service.draft(outsider, group, "x", 1));
    failsWith(ApiError.NOT_FOUND, fx.service.pin(outsider, group, null));
    fx.awaitEvents(outsider, "server.message.updated", 0);
  }

  /** Verifies that messages of chats the actor is not in are NOT_FOUND for every message operation. */
  @Test
  void foreignMessages() {
    Message inGroup = fx.send(a, group, "members only");
    failsWith(ApiError.NOT_FOUND, fx.service.delete(outsider, inGroup.messageId()));
    failsWith(ApiError.NOT_FOUND, fx.service.react(outsider, inGroup.messageId(), "👍", true));
    failsWith(ApiError.NOT_FOUND, fx.service.delete(a, UUID.randomUUID().toString()));
    failsWith(ApiError.INVALID_DATA, fx.service.send(outsider, with(jid(a), null, MessageContent.plain("fw"), null,
        List.of(inGroup.messageId()), null)));
    failsWith(ApiError.INVALID_DATA, fx.service.send(b, with(jid(a), null, MessageContent.plain("re"),
        inGroup.messageId(), null, null)));
    failsWith(ApiError.INVALID_DATA, fx.service.send(outsider, with(jid(a), inGroup.messageId(),
        MessageContent.plain("steal the id"), null, null, null)));
    failsWith(ApiError.NOT_FOUND, fx.service.markRead(b, jid(a), inGroup.messageId()));
  }

  /** Verifies that in a readonly group only admins write, and that the refusal says why. */
  @Test
  void readonlyGroup() {
    String ro = fx.group(a, b);
    await(fx.db.database().pool().query("UPDATE chats SET readonly_for_members = true WHERE uid = '"
        + ro.substring(2) + "'").execute());
    ServiceException e = failsWith(ApiError.ACCESS_DENIED, fx.service.send(b, text(ro, "may I?")));
    assertTrue(e.getMessage().toLowerCase().contains("admin"), e.getMessage());
    failsWith(ApiError.ACCESS_DENIED, fx.service.composing(b, ro, true, false));
    assertEquals("announcement", fx.send(a, ro, "announcement").content().text());
  }

  /** Verifies bad reaction names and reactions on deleted messages. */
  @Test
  void badReactions() {
    Message m = fx.send(a, group, "react to me");
    failsWith(ApiError.INVALID_DATA, fx.service.react(b, m.messageId(), "", true));
    failsWith(ApiError.INVALID_DATA, fx.service.react(b, m.messageId(), "x".repeat(65), true));
    failsWith(ApiError.INVALID_DATA, fx.service.react(b, m.messageId(), "two words", true));
    await(fx.service.delete(a, m.messageId()));
    failsWith(ApiError.ACCESS_DENIED, fx.service.react(b, m.messageId(), "👍", true));
  }

  /** Verifies pin rules: only chat admins in groups, only live messages of that chat. */
  @Test
  void badPins() {
    Message m = fx.send(b, group, "pin me");
    failsWith(ApiError.ACCESS_DENIED, fx.service.pin(b, group, m.messageId()));
    Message elsewhere = fx.send(a, jid(b), "elsewhere");
    failsWith(ApiError.INVALID_DATA, fx.service.pin(a, group, elsewhere.messageId()));
    failsWith(ApiError.INVALID_DATA, fx.service.pin(a, group, UUID.randomUUID().toString()));
    failsWith(ApiError.INVALID_DATA, fx.service.pin(a, group, "not-an-id"));
  }
}

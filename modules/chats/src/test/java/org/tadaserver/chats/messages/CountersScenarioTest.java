package org.tadaserver.chats.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.chats.messages.CounterChecks.chat;
import static org.tadaserver.chats.messages.CounterChecks.exact;
import static org.tadaserver.chats.messages.CounterChecks.unread;
import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.chats.messages.MessagesFixture.jid;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.protocol.model.MessageContent;

/**
 * The counters scenario: three people, a group and a direct chat, mentions, reads on one device, an edit, a muted
 * chat and a delete; after every step the exact numbers in every event that carries them, and a recount of every
 * stored counter. Bob also belongs to a second team, whose sessions get {@code server.team.counters}.
 */
class CountersScenarioTest {
  static MessagesFixture fx;

  @BeforeAll
  static void up() {
    fx = new MessagesFixture();
  }

  @AfterAll
  static void down() {
    fx.close();
  }

  /** Verifies the numbers of the scenario step by step. */
  @Test
  void countersAreExactAfterEveryStep() {
    UUID team = fx.team();
    String aName = MessagesFixture.unique("anna");
    String bName = MessagesFixture.unique("boris");
    Membership a = fx.person(team, TeamStatus.MEMBER, aName, "Anna A");
    Membership b = fx.person(team, TeamStatus.MEMBER, bName, "Boris B");
    Membership c = fx.person(team, "Clara C");
    Membership bElsewhere = fx.alsoIn(fx.team(), b);
    String g = fx.group(a, b, c);
    fx.clearEvents();

    // 1. Anna writes in the group and mentions Boris.
    Message m1 = fx.send(a, g, "hi @" + bName + "!");
    JsonNode toB = fx.lastEvent(b, "server.message.updated", 1);
    assertFalse(toB.path("delayed").asBoolean());
    assertTrue(toB.path("messages").get(0).path("notice").asBoolean(), "Boris is mentioned");
    assertEquals("tadateam://" + jid(b), toB.path("messages").get(0).path("links").get(0).path("url").asText());
    chat(toB.path("chat_counters").get(0), g, 1, 1);
    unread(toB.path("team_unread"), "group", 1, 1, 1);
    unread(toB.path("team_unread"), "direct", 0, 0, 0);
    assertEquals(1, toB.path("badge").asInt());
    JsonNode toC = fx.lastEvent(c, "server.message.updated", 1);
    assertFalse(toC.path("messages").get(0).has("notice"), "Clara is not mentioned");
    chat(toC.path("chat_counters").get(0), g, 1, 0);
    unread(toC.path("team_unread"), "group", 1, 0, 1);
    assertEquals(1, toC.path("badge").asInt());
    JsonNode echo = fx.lastEvent(a, "server.message.updated", 1);
    assertTrue(echo.path("delayed").asBoolean());
    chat(echo.path("chat_counters").get(0), g, 0, 0);
    assertEquals(0, echo.path("badge").asInt());
    JsonNode otherTeam = fx.lastEvent(bElsewhere, "server.team.counters", 1);
    assertEquals(team.toString(), otherTeam.path("teams").get(0).path("uid").asText());
    unread(otherTeam.path("teams").get(0).path("unread"), "group", 1, 1, 1);
    assertEquals(1, otherTeam.path("badge").asInt());
    exact(fx, team);

    // 2. Anna writes to Boris directly.
    Message ping = fx.send(a, jid(b), "ping");
    toB = fx.lastEvent(b, "server.message.updated", 2);
    chat(toB.path("chat_counters").get(0), jid(a), 1, 0);
    unread(toB.path("team_unread"), "direct", 1, 0, 1);
    unread(toB.path("team_unread"), "group", 1, 1, 1);
    assertEquals(2, toB.path("badge").asInt());
    assertEquals(2, fx.lastEvent(bElsewhere, "server.team.counters", 2).path("badge").asInt());
    exact(fx, team);

    // 3. Clara writes in the group and mentions Anna and Boris; writing, she has read Anna's message.
    Message m3 = fx.send(c, g, "hello @" + aName + " and @" + bName);
    JsonNode toA = fx.lastEvent(a, "server.message.updated", 3);
    chat(toA.path("chat_counters").get(0), g, 1, 1);
    unread(toA.path("team_unread"), "group", 1, 1, 1);
    assertEquals(1, toA.path("badge").asInt());
    toB = fx.lastEvent(b, "server.message.updated", 3);
    chat(toB.path("chat_counters").get(0), g, 2, 2);
    unread(toB.path("team_unread"), "group", 2, 2, 1);
    unread(toB.path("team_unread"), "direct", 1, 0, 1);
    assertEquals(3, toB.path("badge").asInt());
    chat(fx.lastEvent(c, "server.message.updated", 2).path("chat_counters").get(0), g, 0, 0);
    JsonNode seen = fx.lastEvent(a, "server.message.received", 1);
    assertEquals(m1.messageId(), seen.path("messages").get(0).path("message_id").asText());
    assertEquals(g, seen.path("messages").get(0).path("chat").asText());
    exact(fx, team);

    // 4. Boris reads the group on one device: all his sessions hear it; Clara learns her message was seen.
    await(fx.service.markRead(b, g, null));
    JsonNode read = fx.lastEvent(b, "server.chat.lastread", 1);
    chat(read.path("chats").get(0), g, 0, 0);
    assertEquals(m3.messageId(), read.path("chats").get(0).path("last_read_message_id").asText());
    unread(read.path("team_unread"), "group", 0, 0, 0);
    unread(read.path("team_unread"), "direct", 1, 0, 1);
    assertEquals(1, read.path("badge").asInt());
    assertEquals(m3.messageId(), fx.lastEvent(c, "server.message.received", 1).path("messages").get(0)
        .path("message_id").asText());
    assertEquals(1, fx.events(a, "server.message.received").size(), "Anna's message was seen before");
    assertEquals(1, fx.lastEvent(bElsewhere, "server.team.counters", 4).path("badge").asInt());
    exact(fx, team);

    // 5. Boris reads the direct chat up to "ping": Anna learns it was seen, in the chat she names by Boris.
    await(fx.service.markRead(b, jid(a), ping.messageId()));
    read = fx.lastEvent(b, "server.chat.lastread", 2);
    chat(read.path("chats").get(0), jid(a), 0, 0);
    unread(read.path("team_unread"), "direct", 0, 0, 0);
    assertEquals(0, read.path("badge").asInt());
    JsonNode pingSeen = fx.lastEvent(a, "server.message.received", 2).path("messages").get(0);
    assertEquals(ping.messageId(), pingSeen.path("message_id").asText());
    assertEquals(jid(b), pingSeen.path("chat").asText());
    exact(fx, team);

    // 6. Clara edits her message and no longer mentions Anna: Anna's notice goes, Boris (who read it) keeps 0.
    SendMessage edit = new SendMessage(g, m3.messageId(), MessageContent.plain("hello @" + bName), null, List.of(),
        false, false, List.of());
    Message edited = await(fx.service.send(c, edit));
    assertTrue(edited.edited() != null);
    toA = fx.lastEvent(a, "server.message.updated", 4);
    assertTrue(toA.path("delayed").asBoolean());
    chat(toA.path("chat_counters").get(0), g, 1, 0);
    unread(toA.path("team_unread"), "group", 1, 0, 1);
    assertEquals(1, toA.path("badge").asInt());
    toB = fx.lastEvent(b, "server.message.updated", 4);
    chat(toB.path("chat_counters").get(0), g, 0, 0);
    assertTrue(toB.path("team_unread").isNull(), "Boris's totals did not move");
    exact(fx, team);

    // 7. Anna mutes the group; Clara writes again: Anna's chat counts it, her totals and badge do not.
    await(fx.db.database().pool().preparedQuery(
        "UPDATE chat_members SET counters_enabled = false WHERE chat_uid = $1 AND contact_uid = $2")
        .execute(Tuple.of(UUID.fromString(g.substring(2)), a.contact())));
    Message again = fx.send(c, g, "again");
    toA = fx.lastEvent(a, "server.message.updated", 5);
    chat(toA.path("chat_counters").get(0), g, 2, 0);
    unread(toA.path("team_unread"), "group", 0, 0, 0);
    assertEquals(0, toA.path("badge").asInt());
    toB = fx.lastEvent(b, "server.message.updated", 5);
    chat(toB.path("chat_counters").get(0), g, 1, 0);
    unread(toB.path("team_unread"), "group", 1, 0, 1);
    assertEquals(1, toB.path("badge").asInt());
    exact(fx, team);

    // 8. Clara deletes it: it leaves every counter again.
    Message deleted = await(fx.service.delete(c, again.messageId()));
    assertTrue(deleted.isArchive());
    toB = fx.lastEvent(b, "server.message.updated", 6);
    assertTrue(toB.path("delayed").asBoolean());
    assertEquals("deleted", toB.path("messages").get(0).path("content").path("type").asText());
    chat(toB.path("chat_counters").get(0), g, 0, 0);
    unread(toB.path("team_unread"), "group", 0, 0, 0);
    assertEquals(0, toB.path("badge").asInt());
    chat(fx.lastEvent(a, "server.message.updated", 6).path("chat_counters").get(0), g, 1, 0);
    assertEquals(0, fx.lastEvent(bElsewhere, "server.team.counters", 7).path("badge").asInt());
    exact(fx, team);
  }
}

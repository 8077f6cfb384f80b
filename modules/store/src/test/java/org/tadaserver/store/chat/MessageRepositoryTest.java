package org.tadaserver.store.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.TeamRow;

class MessageRepositoryTest extends MessageTestBase {

  /** Verifies every field round-trips, with the chat facts joined in (a direct chat's pair). */
  @Test
  void insertAndFind() {
    TeamRow team = newTeam();
    ContactRow a = person(team, "A");
    ContactRow b = person(team, "B");
    ChatRow direct = await(chats.createDirect(team.uid(), a.uid(), b.uid(), gentime()));
    UUID replied = UUID.randomUUID();
    MessageRow m = new MessageRow(UUID.randomUUID(), direct.uid(), team.uid(), a.uid(), 1,
        new JsonObject().put("type", "plain").put("text", "hi @b"), "hi @b",
        new JsonArray().add(new JsonObject().put("pattern", "@b").put("url", "tadateam://d-" + b.uid())),
        List.of(b.uid()), replied, List.of(replied), true, true, false, false,
        Instant.now().truncatedTo(ChronoUnit.MICROS), null, gentime(), false, "direct", direct.directLow(),
        direct.directHigh());
    await(messages.insert(List.of(m)));
    MessageRow found = await(messages.find(m.uid())).orElseThrow();
    assertEquals(m, found);
    assertEquals(b.uid(), found.directRecipient());
    assertTrue(await(messages.find(UUID.randomUUID())).isEmpty());
  }

  /** Verifies that a message id is unique across chats and that order numbers are unique per chat. */
  @Test
  void uniqueness() {
    TeamRow team = newTeam();
    ContactRow a = person(team, "A");
    ChatRow g = group(team, a, "G", false);
    MessageRow m = post(g, a, "one");
    failure(messages.insert(List.of(m)), StoreException.Conflict.class);
    failure(messages.insert(List.of(row(g, a, m.seq(), "same seq", List.of()))), StoreException.Conflict.class);
  }

  /** Verifies edits, archiving (once), touching and locking reads. */
  @Test
  void editArchiveTouch() {
    TeamRow team = newTeam();
    ContactRow a = person(team, "A");
    ChatRow g = group(team, a, "G", false);
    MessageRow m = post(g, a, "v1");
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    MessageRow v2 = m.edited(new JsonObject().put("type", "plain").put("text", "v2"), "v2", new JsonArray(),
        List.of(), null, List.of(), true, false, at, m.gentime() + 10);
    await(messages.edit(v2));
    assertEquals(v2, await(messages.find(m.uid())).orElseThrow());
    await(messages.touch(m.uid(), m.gentime() + 20));
    assertEquals(m.gentime() + 20, await(messages.find(m.uid())).orElseThrow().gentime());
    await(messages.archive(m.uid(), at, m.gentime() + 30));
    MessageRow archived = await(messages.find(m.uid())).orElseThrow();
    assertTrue(archived.isArchive());
    assertEquals("v2", text(archived), "the row keeps its content");
    failure(messages.archive(m.uid(), at, m.gentime() + 40), StoreException.NotFound.class);
    failure(messages.edit(v2), StoreException.NotFound.class);
    List<MessageRow> locked = await(db.database().pool().withTransaction(c ->
        new MessageRepository(c).lockAll(List.of(m.uid(), UUID.randomUUID()))));
    assertEquals(List.of(m.uid()), locked.stream().map(MessageRow::uid).toList());
  }

  /** Verifies pinning moves the chat's shared version and unpinning clears it. */
  @Test
  void pin() {
    TeamRow team = newTeam();
    ContactRow a = person(team, "A");
    ChatRow g = group(team, a, "G", false);
    MessageRow m = post(g, a, "pin me");
    await(messages.pin(g.uid(), m.uid(), gentime()));
    ChatRow pinned = await(chats.get(g.uid()));
    assertEquals(m.uid(), pinned.pinnedMessage());
    assertTrue(pinned.baseGentime() > g.baseGentime());
    await(messages.pin(g.uid(), null, gentime()));
    assertEquals(null, await(chats.get(g.uid())).pinnedMessage());
    failure(messages.pin(UUID.randomUUID(), null, gentime()), StoreException.NotFound.class);
  }

  /** Verifies reactions: one per contact and emoji, removal, grouping by message, and the name rule. */
  @Test
  void reactions() {
    TeamRow team = newTeam();
    ContactRow a = person(team, "A");
    ContactRow b = person(team, "B");
    ChatRow g = group(team, a, "G", false);
    MessageRow m1 = post(g, a, "1");
    MessageRow m2 = post(g, a, "2");
    ReactionRepository reactions = new ReactionRepository(db.database().pool());
    assertTrue(await(reactions.add(m1.uid(), b.uid(), "👍")));
    assertFalse(await(reactions.add(m1.uid(), b.uid(), "👍")));
    assertTrue(await(reactions.add(m1.uid(), a.uid(), "👍")));
    assertTrue(await(reactions.add(m2.uid(), b.uid(), "🎉")));
    List<ReactionRow> all = await(reactions.of(List.of(m1.uid(), m2.uid())));
    assertEquals(3, all.size());
    assertEquals(Set.of(a.uid(), b.uid()), all.stream().filter(r -> r.message().equals(m1.uid()))
        .map(ReactionRow::contact).collect(Collectors.toSet()));
    assertTrue(await(reactions.remove(m1.uid(), b.uid(), "👍")));
    assertFalse(await(reactions.remove(m1.uid(), b.uid(), "👍")));
    failure(reactions.add(m1.uid(), b.uid(), "x".repeat(65)), StoreException.Invalid.class);
  }
}

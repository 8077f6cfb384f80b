package org.tadaserver.chats.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.bus.testing.Await.failsWith;
import static org.tadaserver.chats.messages.MessagesFixture.jid;
import static org.tadaserver.chats.messages.MessagesFixture.text;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.chats.MessageFilter;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.protocol.model.MessageContent;

/** History through the bus: paging a long chat, every MessageFilter key, and delta sync by gentime. */
class HistoryTest {
  static MessagesFixture fx;

  @BeforeAll
  static void up() {
    fx = new MessagesFixture();
  }

  @AfterAll
  static void down() {
    fx.close();
  }

  static MessageFilter filter(int limit) {
    return new MessageFilter(limit, null, false, null, false, null, null, 0, null, false, List.of(), null, null,
        false);
  }

  static MessageFilter olderThan(String id, int limit) {
    return new MessageFilter(limit, id, false, null, false, null, null, 0, null, false, List.of(), null, null, false);
  }

  /** Sends {@code n} messages {@code prefix0..} concurrently (at most 400 in flight); returns their ids in order. */
  static List<String> sendMany(Membership from, String to, String prefix, int n) {
    List<String> ids = new ArrayList<>();
    List<Future<Message>> window = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SendMessage m = text(to, prefix + i);
      ids.add(m.messageId());
      window.add(fx.service.send(from, m));
      if (window.size() == 400) {
        await(Future.all(window));
        window.clear();
      }
    }
    await(Future.all(window));
    return ids;
  }

  /** Verifies that paging 10,000 messages with old_from visits each exactly once, newest first, numbered. */
  @Test
  void pagingTenThousandVisitsEachOnce() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    List<String> sent = sendMany(a, jid(b), "m", 10_000);
    Set<String> seen = new HashSet<>();
    List<Message> page = await(fx.service.messages(b, jid(a), filter(0)));
    int pages = 0;
    int expectedNum = 9_999;
    while (!page.isEmpty() && pages < 100) {
      pages++;
      assertEquals(Math.min(200, expectedNum + 1), page.size());
      for (Message m : page) {
        assertTrue(seen.add(m.messageId()), "visited twice: " + m.messageId());
        assertEquals(expectedNum--, m.num());
      }
      page = await(fx.service.messages(b, jid(a), olderThan(page.get(page.size() - 1).messageId(), 0)));
    }
    assertEquals(50, pages);
    assertEquals(Set.copyOf(sent), seen);
  }

  /** Verifies new_from, the inclusive cursors, around and exact. */
  @Test
  void cursors() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ids.add(fx.send(a, jid(b), "c" + i).messageId());
    }
    List<String> newer = ids(await(fx.service.messages(a, jid(b), new MessageFilter(3, null, false, ids.get(2),
        false, null, null, 0, null, false, List.of(), null, null, false))));
    assertEquals(List.of(ids.get(5), ids.get(4), ids.get(3)), newer, "the 3 after the cursor, newest first");
    List<String> newerInc = ids(await(fx.service.messages(a, jid(b), new MessageFilter(2, null, false, ids.get(2),
        true, null, null, 0, null, false, List.of(), null, null, false))));
    assertEquals(List.of(ids.get(3), ids.get(2)), newerInc);
    List<String> olderInc = ids(await(fx.service.messages(a, jid(b), new MessageFilter(2, ids.get(2), true, null,
        false, null, null, 0, null, false, List.of(), null, null, false))));
    assertEquals(List.of(ids.get(2), ids.get(1)), olderInc);
    List<String> around = ids(await(fx.service.messages(a, jid(b), new MessageFilter(4, null, false, null, false,
        ids.get(5), null, 0, null, false, List.of(), null, null, false))));
    assertEquals(List.of(ids.get(6), ids.get(5), ids.get(4), ids.get(3)), around);
    List<String> exact = ids(await(fx.service.messages(a, jid(b), new MessageFilter(0, null, false, null, false,
        null, ids.get(7), 0, null, false, List.of(), null, null, false))));
    assertEquals(List.of(ids.get(7)), exact);
  }

  /** Verifies text, important, sender and date filters. */
  @Test
  void contentFilters() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    Message apple = fx.send(a, jid(b), "I like Apples");
    Instant between = Instant.now();
    MessagesFixture.sleep(5);
    Message pear = await(fx.service.send(b, new SendMessage(jid(a), UUID.randomUUID().toString(),
        MessageContent.plain("pears are fine"), null, List.of(), true, false, List.of())));
    assertEquals(List.of(apple.messageId()), ids(await(fx.service.messages(a, jid(b), new MessageFilter(0, null,
        false, null, false, null, null, 0, "APPLE", false, List.of(), null, null, false)))));
    assertEquals(List.of(pear.messageId()), ids(await(fx.service.messages(a, jid(b), new MessageFilter(0, null,
        false, null, false, null, null, 0, null, true, List.of(), null, null, false)))));
    assertEquals(List.of(pear.messageId()), ids(await(fx.service.messages(a, jid(b), new MessageFilter(0, null,
        false, null, false, null, null, 0, null, false, List.of(jid(b)), null, null, false)))));
    assertEquals(List.of(pear.messageId()), ids(await(fx.service.messages(a, jid(b), new MessageFilter(0, null,
        false, null, false, null, null, 0, null, false, List.of(), between, null, false)))));
    assertEquals(List.of(apple.messageId()), ids(await(fx.service.messages(a, jid(b), new MessageFilter(0, null,
        false, null, false, null, null, 0, null, false, List.of(), null, between, false)))));
  }

  /** Verifies gentime_from: changes after G (edits and deletes included), oldest change first within a page. */
  @Test
  void gentimeFromSyncsChangesIncludingDeletes() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    Message m1 = fx.send(a, jid(b), "one");
    Message m2 = fx.send(a, jid(b), "two");
    Message m3 = fx.send(a, jid(b), "three");
    long seen = m3.gentime();
    await(fx.service.delete(a, m1.messageId()));
    await(fx.service.send(a, new SendMessage(jid(b), m2.messageId(), MessageContent.plain("two!"), null, List.of(),
        false, false, List.of())));
    List<Message> changes = await(fx.service.messages(b, jid(a), new MessageFilter(0, null, false, null, false, null,
        null, seen, null, false, List.of(), null, null, false)));
    assertEquals(Set.of(m1.messageId(), m2.messageId()), Set.copyOf(ids(changes)));
    assertTrue(changes.stream().anyMatch(Message::isArchive), "the deleted one is included");
    List<Message> firstChange = await(fx.service.messages(b, jid(a), new MessageFilter(1, null, false, null, false,
        null, null, seen, null, false, List.of(), null, null, false)));
    assertEquals(List.of(m1.messageId()), ids(firstChange), "the oldest change comes first within the limit");
    long next = firstChange.get(0).gentime();
    assertEquals(List.of(m2.messageId()), ids(await(fx.service.messages(b, jid(a), new MessageFilter(1, null, false,
        null, false, null, null, next, null, false, List.of(), null, null, false)))));
  }

  /** Verifies bad history requests: negative limit, malformed or foreign cursor, non-member, bad sender JID. */
  @Test
  void badRequests() {
    UUID team = fx.team();
    Membership a = fx.person(team, "A");
    Membership b = fx.person(team, "B");
    Membership c = fx.person(team, "C");
    fx.send(a, jid(b), "x");
    String other = fx.send(a, jid(c), "elsewhere").messageId();
    failsWith(ApiError.INVALID_DATA, fx.service.messages(a, jid(b), filter(-1)));
    failsWith(ApiError.INVALID_DATA, fx.service.messages(a, jid(b), olderThan("not-a-uuid", 0)));
    failsWith(ApiError.NOT_FOUND, fx.service.messages(a, jid(b), olderThan(other, 0)));
    failsWith(ApiError.NOT_FOUND, fx.service.messages(a, jid(b), olderThan(UUID.randomUUID().toString(), 0)));
    String g = fx.group(a, b);
    failsWith(ApiError.NOT_FOUND, fx.service.messages(c, g, filter(0)));
    failsWith(ApiError.INVALID_DATA, fx.service.messages(a, "x-123", filter(0)));
    failsWith(ApiError.INVALID_DATA, fx.service.messages(a, jid(b), new MessageFilter(0, null, false, null, false,
        null, null, 0, null, false, List.of(g), null, null, false)));
    assertEquals(List.of(), await(fx.service.messages(b, jid(c), filter(0))), "no chat yet: empty");
  }

  private static List<String> ids(List<Message> messages) {
    return messages.stream().map(Message::messageId).toList();
  }
}

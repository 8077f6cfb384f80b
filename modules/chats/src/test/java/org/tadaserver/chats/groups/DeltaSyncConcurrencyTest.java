package org.tadaserver.chats.groups;

import static org.junit.jupiter.api.Assertions.*;
import static org.tadaserver.bus.testing.Await.await;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.chats.ChatFilter;
import org.tadaserver.chats.ChatPage;
import org.tadaserver.chats.ChatUpdate;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.GroupMembership;
import org.tadaserver.protocol.rest.GroupRequest;

/**
 * Delta sync under concurrent writers. Writers rename groups, write to the reader and the reader's other device pins
 * chats, all at once, while the reader keeps syncing the way tdclient does ({@code gentime_gt=G}, small pages walked
 * by offset until {@code objects} is empty, then G = the highest gentime seen). At the end one more sync must leave
 * the reader's copy equal to the database: a change stamped at or below a G the reader had already passed would be
 * missing from it.
 */
class DeltaSyncConcurrencyTest {
  private static final int WRITERS = 4;
  private static final int GROUPS_PER_WRITER = 3;
  private static final int OPS_PER_WRITER = 24;
  private static final int PINS = 30;
  private static final int PAGE = 4;
  private static ChatsFixture f;

  @BeforeAll
  static void up() {
    f = new ChatsFixture();
  }

  @AfterAll
  static void down() {
    f.close();
  }

  /** Verifies that no change is ever missed or seen going backwards while writers commit concurrently. */
  @Test
  void readerNeverMissesAChange() throws Exception {
    var team = f.team();
    Membership reader = f.person(team, "Reader");
    List<Membership> writers = new ArrayList<>();
    List<List<Chat>> groups = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      Membership writer = f.person(team, "Writer " + w);
      writers.add(writer);
      List<Chat> own = new ArrayList<>();
      for (int g = 0; g < GROUPS_PER_WRITER; g++) {
        Chat chat = await(f.ops.createGroup(writer, new GroupRequest("W" + w + "G" + g, null, null, null, null, null,
            null, List.of(new GroupMembership(Jid.contact(reader.contact()), null, false)), null)));
        own.add(chat);
      }
      groups.add(own);
    }

    Map<Jid, Chat> copy = new HashMap<>();
    long[] high = {0};
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger passes = new AtomicInteger();
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int index = w;
        work.add(pool.submit(() -> write(writers.get(index), groups.get(index), reader, index)));
      }
      work.add(pool.submit(() -> pinAround(reader, groups)));
      Future<?> syncing = pool.submit(() -> {
        while (writing.get()) {
          high[0] = sync(reader, high[0], copy);
          passes.incrementAndGet();
        }
      });
      for (Future<?> w : work) {
        w.get(120, TimeUnit.SECONDS);
      }
      writing.set(false);
      syncing.get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    high[0] = sync(reader, high[0], copy);
    assertTrue(passes.get() > 3, "the reader synced while the writers wrote");

    ChatPage truth = await(f.ops.list(reader, new ChatFilter(List.of(), 0, null, false, false, null, null, 1000, 0)));
    assertEquals(WRITERS * GROUPS_PER_WRITER + WRITERS, truth.count(), "groups and one direct chat per writer");
    for (Chat expected : truth.objects()) {
      Chat mine = copy.get(expected.jid());
      assertNotNull(mine, () -> "never synced " + expected.jid());
      assertEquals(expected.gentime(), mine.gentime(), () -> "stale version of " + expected.displayName());
      assertEquals(expected.displayName(), mine.displayName());
      assertEquals(expected.pinned(), mine.pinned());
      assertEquals(expected.numUnread(), mine.numUnread());
    }
  }

  /** One sync as tdclient does it; returns the new high-water mark. Versions of a chat never go backwards. */
  private static long sync(Membership reader, long since, Map<Jid, Chat> copy) {
    long high = since;
    for (int offset = 0; offset < 10_000; offset += PAGE) {
      ChatPage page = await(f.ops.list(reader, new ChatFilter(List.of(), since, false, false, false, null, null,
          PAGE, offset)));
      if (page.objects().isEmpty()) {
        return high;
      }
      for (Chat c : page.objects()) {
        assertTrue(c.gentime() > since, "only changes after the mark");
        Chat old = copy.get(c.jid());
        assertTrue(old == null || old.gentime() <= c.gentime(), "a version went backwards");
        copy.put(c.jid(), c);
        high = Math.max(high, c.gentime());
      }
    }
    throw new AssertionError("paging did not end");
  }

  private static void write(Membership writer, List<Chat> own, Membership reader, int index) {
    Random random = new Random(index);
    String readerJid = Jid.contact(reader.contact()).toString();
    for (int i = 0; i < OPS_PER_WRITER; i++) {
      if (i % 3 == 2) {
        f.send(writer, readerJid, "message " + i);
      } else {
        Chat g = own.get(random.nextInt(own.size()));
        await(f.ops.update(writer, g.jid().toString(), new ChatUpdate(null, null, null, null, null, null,
            "W" + index + " rename " + i, null, null, null, null)));
      }
    }
  }

  private static void pinAround(Membership reader, List<List<Chat>> groups) {
    Random random = new Random(42);
    for (int i = 0; i < PINS; i++) {
      List<Chat> own = groups.get(random.nextInt(groups.size()));
      Chat g = own.get(random.nextInt(own.size()));
      await(f.ops.update(reader, g.jid().toString(), new ChatUpdate(null, i % 2 == 0, null, null, null, null, null,
          null, null, null, null)));
    }
  }
}

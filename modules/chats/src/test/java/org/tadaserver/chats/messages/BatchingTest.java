package org.tadaserver.chats.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.chats.messages.MessagesFixture.jid;
import static org.tadaserver.chats.messages.MessagesFixture.text;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.chats.MessageFilter;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.model.Message;

/**
 * Group commit: concurrent senders (in a shared group and in separate direct chats) are written in far fewer
 * transactions than messages, every message exactly once, with gap-free numbering and exact counters.
 */
class BatchingTest {
  private static final Logger log = LoggerFactory.getLogger(BatchingTest.class);
  /** Sends outstanding at once (each sender has 20 in flight). */
  private static final int IN_FLIGHT = 400;
  static MessagesFixture fx;

  @BeforeAll
  static void up() {
    fx = new MessagesFixture();
  }

  @AfterAll
  static void down() {
    fx.close();
  }

  /** Verifies batching with 20 concurrent senders writing 2,000 messages, and reports the numbers. */
  @Test
  void concurrentSendersShareTransactions() {
    UUID team = fx.team();
    List<Membership> people = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      people.add(fx.person(team, "P" + i));
    }
    String group = fx.group(people.get(0), people.subList(1, 20).toArray(Membership[]::new));
    Membership reader = fx.person(team, "Reader");
    for (Membership p : people) {
      fx.send(p, jid(reader), "warm-up");
    }
    long txBefore = fx.verticle.messages().sendTransactions();
    long start = System.nanoTime();
    List<Future<Message>> all = new ArrayList<>();
    int perSender = 100;
    for (int i = 0; i < perSender; i++) {
      for (Membership p : people) {
        String to = i % 2 == 0 ? group : jid(reader);
        all.add(fx.service.send(p, text(to, p.contact() + ":" + i)));
      }
      if (all.size() % IN_FLIGHT == 0) {
        await(Future.all(all.subList(all.size() - IN_FLIGHT, all.size())));
      }
    }
    await(Future.all(all));
    double seconds = (System.nanoTime() - start) / 1e9;
    long transactions = fx.verticle.messages().sendTransactions() - txBefore;
    int messages = all.size();
    log.info("batching: {} messages from 20 senders in {} transactions ({} per transaction), {} s, {} msg/s",
        messages, transactions, String.format("%.1f", (double) messages / transactions),
        String.format("%.2f", seconds), String.format("%.0f", messages / seconds));
    assertTrue(transactions * 5 <= messages, "at least 5 messages per transaction on average: " + transactions);

    List<Message> groupHistory = await(fx.service.messages(reader.equals(people.get(0)) ? reader : people.get(0),
        group, new MessageFilter(200, null, false, null, false, null, null, 0, null, false, List.of(), null, null,
            false)));
    assertEquals(200, groupHistory.size());
    Set<String> ids = new HashSet<>();
    all.forEach(f -> ids.add(f.result().messageId()));
    assertEquals(messages, ids.size(), "every send is its own message");
    int expected = groupHistory.get(0).num();
    for (Message m : groupHistory) {
      assertEquals(expected--, m.num(), "numbering has no gaps");
    }
    CounterChecks.exact(fx, team);
  }
}

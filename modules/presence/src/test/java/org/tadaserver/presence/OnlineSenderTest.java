package org.tadaserver.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.protocol.event.ServerOnline;
import org.tadaserver.protocol.model.OnlineContact;

/** The list a connecting session gets: built once per change of the team's view, not once per connect. */
class OnlineSenderTest {
  private static final UUID TEAM = UUID.randomUUID();
  private final Vertx vertx = Vertx.vertx();
  private final OnlineSender sender = new OnlineSender(vertx);
  private final AtomicInteger builds = new AtomicInteger();
  private int contacts = 1;

  @AfterEach
  void stop() {
    vertx.close().await();
  }

  private final Supplier<ServerOnline> build = () -> {
    builds.incrementAndGet();
    return online(contacts);
  };

  /** Verifies that connects share one built list until the view changes, and that a change rebuilds it once. */
  @Test
  void greetingIsBuiltOncePerChange() {
    String first = sender.greeting(TEAM, 1_000, 0, build);
    for (int i = 0; i < 100; i++) {
      assertSame(first, sender.greeting(TEAM, 1_000 + i, 0, build));
    }
    assertEquals(1, builds.get(), "100 connects, one build");
    contacts = 2;
    sender.invalidate(TEAM);
    String second = sender.greeting(TEAM, 2_000, 0, build);
    assertEquals(2, builds.get());
    assertNotSame(first, second);
    assertSame(second, sender.greeting(TEAM, 2_001, 0, build));
    assertEquals(2, builds.get());
  }

  /** Verifies that a paced team may reuse a list younger than its allowed staleness after a change. */
  @Test
  void pacedTeamReusesRecentList() {
    String first = sender.greeting(TEAM, 1_000, 500, build);
    contacts = 2;
    sender.invalidate(TEAM);
    assertSame(first, sender.greeting(TEAM, 1_400, 500, build), "400 ms old, 500 allowed");
    assertEquals(1, builds.get());
    sender.greeting(TEAM, 1_600, 500, build);
    assertEquals(2, builds.get(), "600 ms old: rebuilt");
  }

  /** Verifies that after a broadcast a connecting session gets that very text, without a build. */
  @Test
  void greetingReusesTheBroadcast() {
    sender.toTeam(TEAM, online(3), false, 1_000);
    String greeting = sender.greeting(TEAM, 1_001, 0, build);
    assertEquals(0, builds.get());
    assertEquals(Events.toJson(online(3)), greeting);
    sender.toTeam(TEAM, online(3), true, 1_100);
    assertEquals(1, sender.sent(), "an unchanged list is not broadcast again");
    assertSame(greeting, sender.greeting(TEAM, 1_101, 0, build), "and the cached text stays the same String");
    sender.forget(TEAM);
    sender.greeting(TEAM, 1_102, 0, build);
    assertEquals(1, builds.get(), "a forgotten team is rebuilt");
  }

  private static ServerOnline online(int count) {
    List<OnlineContact> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(new OnlineContact(Jid.contact(new UUID(0, i)), false, false, false));
    }
    return new ServerOnline(list, List.of());
  }
}

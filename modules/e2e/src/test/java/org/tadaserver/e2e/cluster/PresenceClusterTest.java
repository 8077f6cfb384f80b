package org.tadaserver.e2e.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.presence.CallsUpdate;
import org.tadaserver.protocol.IsoTime;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.CallType;
import org.tadaserver.protocol.model.OnlineCall;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestCluster;
import org.tadaserver.testkit.TestNode;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Presence across three clustered nodes: a user online on one node is online for viewers on the others, with afk,
 * mobile and focused flags, periodic lists, last activity when going offline, and calls. Each test uses its own team,
 * so the lists it checks hold only its users.
 */
class PresenceClusterTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static TestCluster cluster;

  @BeforeAll
  static void start() {
    cluster = TestCluster.start(3, Map.of(
        "presence.online_interval_ms", 1000,
        "presence.coalesce_ms", 50,
        "limits.afk_age", 2));
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  /** Verifies server.online on connect and on change across nodes, and that a closed session leaves. */
  @Test
  void onlineAcrossNodes() {
    UUID team = cluster.admin().createTeam();
    CreatedUser alice = cluster.admin().newUser(team, false);
    CreatedUser bob = cluster.admin().newUser(team, false);
    try (TadaSocket a = client(0, alice).ws(team)) {
      JsonNode greeting = Online.await(a, e -> true, WAIT);
      assertTrue(Online.has(greeting, alice.jid()), greeting::toString);
      assertFalse(Online.entry(greeting, alice.jid()).path("mobile").isMissingNode(), "mobile is always sent");
      try (TadaSocket b = client(2, bob).ws(team)) {
        JsonNode bobSees = Online.awaitWith(b, alice.jid(), c -> true, WAIT);
        assertTrue(Online.has(bobSees, bob.jid()) || Online.awaitWith(b, bob.jid(), c -> true, WAIT) != null);
        Online.awaitWith(a, bob.jid(), c -> true, WAIT);
        a.drain();
      }
      Online.awaitWithout(a, bob.jid(), WAIT);
    }
  }

  /** Verifies client.activity afk and back, seen from another node; bad params are a warning. */
  @Test
  void afkFromClientActivity() {
    UUID team = cluster.admin().createTeam();
    CreatedUser alice = cluster.admin().newUser(team, false);
    CreatedUser bob = cluster.admin().newUser(team, false);
    try (TadaSocket a = client(0, alice).ws(team); TadaSocket b = client(1, bob).ws(team)) {
      Online.awaitWith(a, bob.jid(), c -> !c.path("afk").asBoolean(), WAIT);
      b.awaitConfirm(b.send("client.activity", Map.of("afk", true)));
      Online.awaitWith(a, bob.jid(), c -> c.path("afk").asBoolean(), WAIT);
      b.awaitConfirm(b.send("client.activity", Map.of("afk", false)));
      JsonNode back = Online.awaitNext(a, bob.jid(), c -> !c.path("afk").asBoolean(), WAIT);
      assertTrue(Online.entry(back, bob.jid()).path("afk").isMissingNode(), "afk is omitted when false");
      b.send("client.activity", Map.of("afk", "maybe"));
      assertTrue(b.awaitWarning().path("params").path("message").asText().contains("client.activity"));
    }
  }

  /** Verifies that a session idle for afk_age (2 s here) turns afk, and that activity brings it back. */
  @Test
  void idleBecomesAfk() {
    UUID team = cluster.admin().createTeam();
    CreatedUser alice = cluster.admin().newUser(team, false);
    CreatedUser bob = cluster.admin().newUser(team, false);
    try (TadaSocket a = client(2, alice).ws(team); TadaSocket b = client(0, bob).ws(team)) {
      Online.awaitWith(a, bob.jid(), c -> !c.path("afk").asBoolean(), WAIT);
      long idleFrom = System.nanoTime();
      for (int i = 0; i < 3; i++) {
        b.awaitConfirm(b.send("client.ping", null)); // keepalives are not activity
      }
      Online.awaitWith(a, bob.jid(), c -> c.path("afk").asBoolean(), WAIT);
      assertTrue(System.nanoTime() - idleFrom >= 1_500_000_000L, "afk only after about afk_age");
      b.send("client.chat.composing", Map.of("jid", alice.jid(), "composing", true));
      Online.awaitNext(a, bob.jid(), c -> !c.path("afk").asBoolean(), WAIT);
    }
  }

  /** Verifies the mobile flag from the User-Agent, and that a desktop device next to it wins. */
  @Test
  void mobileFlag() {
    UUID team = cluster.admin().createTeam();
    CreatedUser alice = cluster.admin().newUser(team, false);
    CreatedUser bob = cluster.admin().newUser(team, false);
    TadaClient phone = client(1, bob).withHeader("User-Agent", "TadaApp/2.1 (Android 14; Pixel 8)");
    try (TadaSocket a = client(0, alice).ws(team); TadaSocket b = phone.ws(team)) {
      Online.awaitWith(a, bob.jid(), c -> c.path("mobile").asBoolean(), WAIT);
      try (TadaSocket desktop = client(2, bob).ws(team)) {
        Online.awaitNext(a, bob.jid(), c -> !c.path("mobile").asBoolean(), WAIT);
      }
      Online.awaitNext(a, bob.jid(), c -> c.path("mobile").asBoolean(), WAIT);
    }
  }

  /**
   * Verifies focused from focus_until, set through REST on one node and seen on another, ended by moving it into the
   * past, and ended again by clearing it with {@code {"focus_until": null}}.
   */
  @Test
  void focusedFlag() {
    UUID team = cluster.admin().createTeam();
    CreatedUser alice = cluster.admin().newUser(team, false);
    CreatedUser bob = cluster.admin().newUser(team, false);
    String bobContact = "/api/v4/teams/" + team + "/contacts/" + bob.jid();
    try (TadaSocket a = client(0, alice).ws(team); TadaSocket b = client(2, bob).ws(team)) {
      Online.awaitWith(a, bob.jid(), c -> !c.path("focused").asBoolean(), WAIT);
      String until = IsoTime.format(Instant.now().plusSeconds(3600));
      client(1, bob).post(bobContact, Map.of("focus_until", until)).result();
      Online.awaitWith(a, bob.jid(), c -> c.path("focused").asBoolean(), WAIT);
      client(1, bob).post(bobContact, Map.of("focus_until", IsoTime.format(Instant.now().minusSeconds(60)))).result();
      Online.awaitNext(a, bob.jid(), c -> !c.path("focused").asBoolean(), WAIT);
      client(1, bob).post(bobContact, Map.of("focus_until", until)).result();
      Online.awaitNext(a, bob.jid(), c -> c.path("focused").asBoolean(), WAIT);
      client(1, bob).post(bobContact, "{\"focus_until\":null}").result();
      Online.awaitNext(a, bob.jid(), c -> !c.path("focused").asBoolean(), WAIT);
    }
  }

  /** Verifies that server.online keeps coming without changes (every second here; 5 s by default). */
  @Test
  void periodicLists() throws InterruptedException {
    UUID team = cluster.admin().createTeam();
    CreatedUser alice = cluster.admin().newUser(team, false);
    try (TadaSocket a = client(1, alice).ws(team)) {
      Online.await(a, e -> true, WAIT);
      Thread.sleep(300); // the greeting and the change it caused
      a.drain();
      long t0 = System.nanoTime();
      for (int i = 0; i < 4; i++) {
        Online.awaitWith(a, alice.jid(), c -> true, Duration.ofMillis(2_500));
      }
      long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(elapsedMs >= 2_000, "four unchanged lists came in " + elapsedMs + " ms: not periodic");
    }
  }

  /**
   * Verifies server.contact.updated with last_activity when a contact goes offline, to a viewer on another node, and
   * that the time is stored: the contact fetched on a third node carries it.
   */
  @Test
  void lastActivityWhenGoingOffline() {
    UUID team = cluster.admin().createTeam();
    CreatedUser alice = cluster.admin().newUser(team, true);
    CreatedUser bob = cluster.admin().newUser(team, false);
    try (TadaSocket a = client(0, alice).ws(team)) {
      Instant before = Instant.now().minusSeconds(1);
      try (TadaSocket b = client(1, bob).ws(team)) {
        Online.awaitWith(a, bob.jid(), c -> true, WAIT);
      }
      JsonNode updated = a.await("server.contact.updated",
          e -> bob.jid().equals(e.path("params").path("contacts").get(0).path("jid").asText()), WAIT);
      JsonNode contact = updated.path("params").path("contacts").get(0);
      Instant last = IsoTime.parse(contact.path("last_activity").asText());
      assertFalse(last.isBefore(before), contact::toString);
      assertFalse(last.isAfter(Instant.now()));
      assertFalse(contact.path("can_delete").isMissingNode(), "alice (an admin) gets her own view: " + contact);
      JsonNode fetched = client(2, alice).get("/api/v4/teams/" + team + "/contacts/" + bob.jid()).result();
      assertEquals(last, IsoTime.parse(fetched.path("last_activity").asText()), "stored: " + fetched);
    }
  }

  /** Verifies calls announced by the calls owner on one node in server.online of sessions on another. */
  @Test
  void callsInOnlineLists() {
    UUID team = cluster.admin().createTeam();
    CreatedUser alice = cluster.admin().newUser(team, false);
    try (TadaSocket a = client(2, alice).ws(team)) {
      Online.await(a, e -> true, WAIT);
      Jid group = Jid.group(UUID.randomUUID());
      OnlineCall call = new OnlineCall(group, UUID.randomUUID().toString(), Instant.now(), 2, CallType.AUDIO);
      new CallsUpdate(team, List.of(call)).publish(cluster.node(0).node().vertx());
      JsonNode withCall = Online.await(a, e -> e.path("params").path("calls").size() == 1, WAIT);
      assertEquals(group.toString(), withCall.path("params").path("calls").get(0).path("jid").asText());
      assertEquals(2, withCall.path("params").path("calls").get(0).path("online_count").asInt());
      new CallsUpdate(team, List.of()).publish(cluster.node(1).node().vertx());
      JsonNode none = Online.await(a, e -> e.path("params").path("calls").isMissingNode(), WAIT);
      assertTrue(Online.has(none, alice.jid()));
    }
  }

  private static TadaClient client(int node, CreatedUser user) {
    TestNode n = cluster.node(node);
    return TadaClient.of(n.baseUrl()).withToken(user.token());
  }
}

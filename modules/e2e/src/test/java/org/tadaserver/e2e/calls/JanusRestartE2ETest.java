package org.tadaserver.e2e.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.testkit.JanusProcess;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestNode;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Janus crashes and comes back (issue 7): participants get {@code server.call.restart}, a participant who offers
 * again gets a fresh answer from the new Janus session, and one who does not is dropped from the call.
 */
class JanusRestartE2ETest {
  static JanusProcess janus;
  static TestNode node;

  @BeforeAll
  static void start() {
    janus = JanusProcess.start();
    node = TestNode.start(Map.of("calls.janus_url", janus.url()));
  }

  @AfterAll
  static void stop() {
    node.close();
    janus.close();
  }

  /** Verifies restart notification, re-offer and the drop of a participant who never re-offers. */
  @Test
  void restartIsRecovered() {
    UUID team = node.admin().createTeam();
    CallPerson anna = person(team);
    CallPerson boris = person(team);
    String group = anna.group("Restart", boris);
    try (TadaSocket a = anna.ws(); TadaSocket b = boris.ws()) {
      String uid = CallPerson.offer(a, group).path("uid").asText();
      CallPerson.offer(b, group);
      CallPerson.state(a, group, s -> s.path("onliners").size() == 2);
      janus.restart();
      JsonNode restart = a.await("server.call.restart", e -> true, Duration.ofSeconds(10)).path("params");
      assertEquals(uid, restart.path("uid").asText());
      assertEquals(group, restart.path("jid").asText());
      assertEquals(team.toString(), restart.path("team").asText());
      b.await("server.call.restart");
      JsonNode answer = reofferUntilAnswered(a, group);
      assertEquals(uid, answer.path("uid").asText());
      JsonNode alone = a.await("server.call.state", e -> e.path("params").path("onliners").size() == 1,
          Duration.ofSeconds(15)).path("params");
      assertEquals(anna.jid(), alone.path("onliners").path(0).path("jid").asText());
    }
  }

  /** Janus takes a moment to come back and the server reconnects every second: offer until answered. */
  private static JsonNode reofferUntilAnswered(TadaSocket ws, String group) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      String confirm = ws.send("client.call.offer", Map.of("jid", group, "sdp", Sdps.audioOffer(),
          "enabled_audio", true));
      ws.awaitConfirm(confirm);
      JsonNode answered = ws.drain().stream().filter(e -> e.path("event").asText().equals("server.call.sdp"))
          .findFirst().orElse(null);
      if (answered != null) {
        return answered.path("params");
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no answer after the Janus restart");
      }
      sleepQuietly();
    }
  }

  private static void sleepQuietly() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static CallPerson person(UUID team) {
    CreatedUser u = node.admin().newUser(team, false);
    return new CallPerson(u.jid(), u.user(), u.jid(), team, TadaClient.of(node.baseUrl()).withToken(u.token()));
  }
}

package org.tadaserver.e2e.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestNode;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Client events per WebSocket session: past the limit an event gets {@code server.warning} "rate limit exceeded:
 * resend in N s" with the event as orig, is not processed and not confirmed; the client's resend later goes through.
 */
class EventRateLimitE2ETest {
  static final String PREFIX = "rate limit exceeded: resend in ";
  static TestNode node;
  static UUID team;

  @BeforeAll
  static void start() {
    node = LimitedNode.start();
    team = node.admin().createTeam();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  static TadaSocket socket(CreatedUser user) {
    return TadaClient.of(node.baseUrl()).withToken(user.token())
        .withHeader("X-Forwarded-For", LimitedNode.freshAddress()).ws(team);
  }

  static Map<String, Object> message(String to, String id, String text) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("to", to);
    params.put("message_id", id);
    params.put("content", Map.of("type", "plain", "text", text));
    return params;
  }

  static long assertRateWarning(JsonNode warning, String confirmId) {
    String text = warning.path("params").path("message").asText();
    assertTrue(text.startsWith(PREFIX), text);
    assertEquals(confirmId, warning.path("params").path("orig").path("confirm_id").asText(), warning.toString());
    return Long.parseLong(text.substring(PREFIX.length(), text.length() - 2));
  }

  /** Verifies the message limit: the extra message is warned, unconfirmed, unsent; its resend later is delivered. */
  @Test
  void messagesPastTheLimitAreWarnedNotConfirmedAndGoThroughWhenResent() throws InterruptedException {
    CreatedUser anna = node.admin().newUser(team, false);
    CreatedUser boris = node.admin().newUser(team, false);
    try (TadaSocket a = socket(anna); TadaSocket b = socket(boris)) {
      List<String> confirms = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i <= LimitedNode.MESSAGES; i++) {
        ids.add(UUID.randomUUID().toString());
        confirms.add(a.send("client.message.updated", message(boris.jid(), ids.get(i), "m" + i)));
      }
      for (int i = 0; i < LimitedNode.MESSAGES; i++) {
        a.awaitConfirm(confirms.get(i));
      }
      String extra = confirms.get(LimitedNode.MESSAGES);
      long wait = assertRateWarning(a.awaitWarning(), extra);
      assertTrue(wait >= 1 && wait <= 4, "one token's time (10 s / 3): " + wait);
      a.expectNone("server.confirm", Duration.ofMillis(300));
      String extraId = ids.get(LimitedNode.MESSAGES);
      for (int i = 0; i < LimitedNode.MESSAGES; i++) {
        String id = ids.get(i);
        b.await("server.message.updated", e -> e.toString().contains(id), TadaSocket.DEFAULT_WAIT);
      }
      b.expectNone("server.message.updated", Duration.ofMillis(300));

      Thread.sleep(wait * 1000 + 100);
      String resent = a.send("client.message.updated", message(boris.jid(), extraId, "m" + LimitedNode.MESSAGES));
      a.awaitConfirm(resent);
      b.await("server.message.updated", e -> e.toString().contains(extraId), TadaSocket.DEFAULT_WAIT);
    }
  }

  /** Verifies that one session's limit leaves other sessions, even of the same user, their own allowance. */
  @Test
  void otherSessionsAreUnaffected() {
    CreatedUser olga = node.admin().newUser(team, false);
    CreatedUser petr = node.admin().newUser(team, false);
    try (TadaSocket first = socket(olga); TadaSocket second = socket(olga)) {
      for (int i = 0; i <= LimitedNode.MESSAGES; i++) {
        first.send("client.message.updated", message(petr.jid(), UUID.randomUUID().toString(), "x"));
      }
      first.awaitWarning();
      for (int i = 0; i < LimitedNode.MESSAGES; i++) {
        second.awaitConfirm(second.send("client.message.updated",
            message(petr.jid(), UUID.randomUUID().toString(), "y")));
      }
      second.expectNone("server.warning", Duration.ofMillis(200));
    }
  }

  /** Verifies the limit of other events, that messages have their own, and that client.confirm is never counted. */
  @Test
  void otherEventsHaveTheirOwnLimitAndConfirmsAreNotCounted() {
    CreatedUser rita = node.admin().newUser(team, false);
    CreatedUser sam = node.admin().newUser(team, false);
    try (TadaSocket ws = socket(rita)) {
      for (int i = 0; i < 50; i++) {
        ws.send("client.confirm", Map.of("confirm_id", "c" + i), null);
      }
      List<String> pings = new ArrayList<>();
      for (int i = 0; i <= LimitedNode.EVENTS; i++) {
        pings.add(ws.send("client.ping", null));
      }
      for (int i = 0; i < LimitedNode.EVENTS; i++) {
        ws.awaitConfirm(pings.get(i));
      }
      assertRateWarning(ws.awaitWarning(), pings.get(LimitedNode.EVENTS));
      ws.awaitConfirm(ws.send("client.message.updated", message(sam.jid(), UUID.randomUUID().toString(), "z")));
    }
  }

  /** Verifies that malformed frames count too, so a flood of garbage is throttled like any other. */
  @Test
  void malformedFramesCountAsEvents() {
    CreatedUser tom = node.admin().newUser(team, false);
    try (TadaSocket ws = socket(tom)) {
      for (int i = 0; i < LimitedNode.EVENTS; i++) {
        ws.sendRaw("{not json " + i);
      }
      for (int i = 0; i < LimitedNode.EVENTS; i++) {
        String text = ws.awaitWarning().path("params").path("message").asText();
        assertTrue(!text.startsWith(PREFIX), text);
      }
      ws.sendRaw("{not json at all");
      String text = ws.awaitWarning().path("params").path("message").asText();
      assertTrue(text.startsWith(PREFIX), text);
    }
  }
}

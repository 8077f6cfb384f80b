package org.tadaserver.e2e.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.Wire;
import org.tadaserver.testkit.TestNode;

/** Password logins per username and per client address: 429 RATE_LIMIT with Retry-After, then a reset. */
class LoginRateLimitE2ETest {
  static final String LOGIN = "/api/v4/auth/password/get-token";
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static TestNode node;
  static UUID team;

  record Reply(int status, String retryAfter, JsonNode json) {}

  @BeforeAll
  static void start() {
    node = LimitedNode.start();
    team = node.admin().createTeam();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  static String newUser() {
    String name = "u-" + UUID.randomUUID().toString().substring(0, 8);
    node.admin().createUser(team, name, "right-password", false);
    return name;
  }

  static Reply login(String username, String password, String address) {
    String body = Wire.toJson(Map.of("username", username, "password", password));
    HttpRequest request = HttpRequest.newBuilder(URI.create(node.baseUrl() + LOGIN)).timeout(Duration.ofSeconds(15))
        .header("X-Forwarded-For", address).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null),
          Wire.mapper().readTree(response.body()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static void assertThrottled(Reply reply) {
    assertEquals(429, reply.status(), reply.json().toString());
    assertEquals("RATE_LIMIT", reply.json().path("error").asText());
    assertFalse(reply.json().path("ok").asBoolean(true));
    assertTrue(reply.json().path("reason").asText().startsWith("too many login attempts"), reply.json().toString());
    long wait = Long.parseLong(reply.retryAfter());
    assertTrue(wait >= 1 && wait <= LimitedNode.LOGIN_WINDOW_S / LimitedNode.LOGINS_PER_ADDRESS, "a token's time: " + wait);
  }

  /**
   * Verifies that a user's attempts past the limit are refused, from any address, even with the right password (it
   * is not checked). Each attempt comes from its own address so that only the per-user limit is in play.
   */
  @Test
  void attemptsPastThePerUserLimitAreRefusedBeforeThePasswordIsChecked() {
    String alice = newUser();
    for (int i = 0; i < LimitedNode.LOGINS_PER_USER; i++) {
      Reply wrong = login(alice, "wrong-" + i, LimitedNode.freshAddress());
      assertNotEquals(429, wrong.status(), "attempt " + i + " is within the limit");
      assertEquals(null, wrong.retryAfter());
    }
    assertThrottled(login(alice, "right-password", LimitedNode.freshAddress()));
  }

  /** Verifies that another user is not held back by alice's limit. */
  @Test
  void otherUsersAreUnaffected() {
    String alice = newUser();
    String bob = newUser();
    for (int i = 0; i < LimitedNode.LOGINS_PER_USER; i++) {
      login(alice, "wrong", LimitedNode.freshAddress());
    }
    assertThrottled(login(alice, "right-password", LimitedNode.freshAddress()));
    assertEquals(200, login(bob, "right-password", LimitedNode.freshAddress()).status());
  }

  /** Verifies the per-address limit across usernames, and that other addresses are unaffected. */
  @Test
  void oneAddressIsLimitedAcrossUsernames() {
    String address = LimitedNode.freshAddress();
    for (int i = 0; i < LimitedNode.LOGINS_PER_ADDRESS; i++) {
      assertNotEquals(429, login("nobody-" + i, "x", address).status(), "attempt " + i);
    }
    String carol = newUser();
    assertThrottled(login(carol, "right-password", address));
    assertEquals(200, login(carol, "right-password", LimitedNode.freshAddress()).status());
  }

  /** Verifies that once Retry-After has passed the user can log in again. */
  @Test
  void theLimitResetsAfterRetryAfter() throws InterruptedException {
    String dave = newUser();
    for (int i = 0; i < LimitedNode.LOGINS_PER_USER; i++) {
      login(dave, "wrong", LimitedNode.freshAddress());
    }
    Reply refused = login(dave, "right-password", LimitedNode.freshAddress());
    assertThrottled(refused);
    Thread.sleep(Long.parseLong(refused.retryAfter()) * 1000 + 100);
    Reply again = login(dave, "right-password", LimitedNode.freshAddress());
    assertEquals(200, again.status(), again.json().toString());
    assertFalse(again.json().path("result").path("token").asText().isEmpty());
  }
}

package org.tadaserver.gateway.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.IsoTime;
import org.tadaserver.protocol.Wire;

/** The upgrade of {@code GET /messaging/{team}}: where the token may come from, and every refusal before the upgrade. */
class HandshakeTest {
  private static WsFixture fixture;
  /** Kept in a field: Vert.x 5 closes an unreachable client's connections when it is collected. */
  private static HttpClient http;
  private final UUID team = UUID.randomUUID();

  @BeforeAll
  static void start() {
    fixture = new WsFixture();
    http = fixture.vertx.createHttpClient();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  /** Verifies that a token in the header opens a session whose first event is server.time, in the wire's format. */
  @Test
  void tokenHeaderOpensSessionStartingWithServerTime() {
    WsProbe probe = fixture.connect(team, fixture.member(team));
    String time = probe.expect("server.time").path("params").path("time").asText();
    assertTrue(time.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"), time);
    IsoTime.parse(time);
    probe.roundTrip("after-time");
  }

  /** Verifies that browsers can authenticate with a token cookie. */
  @Test
  void tokenCookieOpensSession() {
    WebSocketConnectOptions options = fixture.options(team).addHeader("Cookie", "other=1; token=" + fixture.member(team));
    WsProbe.connect(fixture.client(), options).expect("server.time");
  }

  /** Verifies that browsers can authenticate with ?token=. */
  @Test
  void tokenQueryParameterOpensSession() {
    WebSocketConnectOptions options = fixture.options(team);
    options.setURI(options.getURI() + "?token=" + fixture.member(team));
    WsProbe.connect(fixture.client(), options).expect("server.time");
  }

  /** Verifies that a missing token is refused with 401 EMPTY_TOKEN before the upgrade. */
  @Test
  void missingTokenIsRefused() {
    assertRefused(fixture.options(team), 401, "EMPTY_TOKEN");
  }

  /** Verifies that an unknown token is refused with 401 INVALID_TOKEN. */
  @Test
  void unknownTokenIsRefused() {
    assertRefused(fixture.options(team).addHeader("token", "nope"), 401, "INVALID_TOKEN");
  }

  /** Verifies that a revoked token no longer opens sessions. */
  @Test
  void revokedTokenIsRefused() {
    String token = fixture.member(team);
    fixture.directory.revoke(token);
    assertRefused(fixture.options(team).addHeader("token", token), 401, "INVALID_TOKEN");
  }

  /** Verifies that a user is refused with 403 in a team they are not a member of, and in a team that does not exist. */
  @Test
  void otherTeamIsRefused() {
    String token = fixture.member(team);
    UUID otherTeam = UUID.randomUUID();
    fixture.member(otherTeam);
    assertRefused(fixture.options(otherTeam).addHeader("token", token), 403, "ACCESS_DENIED");
    assertRefused(fixture.options(UUID.randomUUID()).addHeader("token", token), 403, "ACCESS_DENIED");
  }

  /** Verifies that a team id that is not a UUID is answered 404. */
  @Test
  void malformedTeamIsNotFound() {
    WebSocketConnectOptions options = fixture.options(team).addHeader("token", fixture.member(team));
    options.setURI("/messaging/not-a-uuid");
    assertRefused(options, 404, "NOT_FOUND");
    options.setURI("/messaging/1-1-1-1-1");
    assertRefused(options, 404, "NOT_FOUND");
  }

  /** Verifies that a plain GET (no upgrade) gets the JSON envelope, not an HTML page. */
  @Test
  void plainGetIsBadRequest() {
    WebSocketConnectOptions target = fixture.options(team);
    // status and body are read in the callback chain, on the event loop, before the body can pass unobserved
    String answer = WsFixture.await(http
        .request(HttpMethod.GET, target.getPort(), "127.0.0.1", target.getURI())
        .compose(request -> request.putHeader("token", fixture.member(team)).send())
        .compose(response -> response.body().map(body -> response.statusCode() + " " + body)));
    assertEquals("400", answer.substring(0, 3));
    JsonNode body = json(answer.substring(4));
    assertFalse(body.path("ok").asBoolean(true));
    assertEquals("BAD_REQUEST", body.path("error").asText());
  }

  private static void assertRefused(WebSocketConnectOptions options, int status, String error) {
    RuntimeException failure = assertThrows(RuntimeException.class, () -> WsProbe.connect(fixture.client(), options));
    Throwable cause = failure instanceof UpgradeRejectedException ? failure : failure.getCause();
    UpgradeRejectedException rejected = assertInstanceOf(UpgradeRejectedException.class, cause);
    assertEquals(status, rejected.getStatus());
    JsonNode body = json(rejected.getBody().toString());
    assertFalse(body.path("ok").asBoolean(true), body::toString);
    assertEquals(error, body.path("error").asText(), body::toString);
  }

  private static JsonNode json(String text) {
    try {
      return Wire.mapper().readTree(text);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }
}

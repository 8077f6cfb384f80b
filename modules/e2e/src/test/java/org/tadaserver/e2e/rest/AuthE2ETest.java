package org.tadaserver.e2e.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.e2e.rest.Api.error;
import static org.tadaserver.e2e.rest.Api.json;
import static org.tadaserver.e2e.rest.Api.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.testkit.TestNode;

/**
 * Password login, tokens (header, cookie, query; missing, forged, revoked) and logout on a real node. The node's body
 * limit is lowered so that the 413 path is cheap to reach.
 */
class AuthE2ETest {
  static final int MAX_BODY = 4096;
  static final String LOGIN = "/api/v4/auth/password/get-token";
  static TestNode node;
  static Api api;
  static UUID team;
  static CreatedUser alice;
  static String aliceName;

  @BeforeAll
  static void start() {
    node = TestNode.start(Map.of("gateway.max_body_bytes", MAX_BODY));
    api = new Api(node.baseUrl());
    team = node.admin().createTeam();
    aliceName = "alice-" + UUID.randomUUID().toString().substring(0, 8);
    alice = node.admin().createUser(team, aliceName, "alice-password", false);
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  static String login(String username, String password) {
    return ok(api.send("POST", LOGIN, json("username", username, "password", password), "User-Agent", "e2e"))
        .path("token").asText();
  }

  /** Verifies that a login returns a token and the account, and that the token opens the API. */
  @Test
  void loginIssuesAWorkingToken() {
    JsonNode auth = ok(api.send("POST", LOGIN, json("username", aliceName, "password", "alice-password"),
        "X-Device-Name", "e2e phone"));
    String token = auth.path("token").asText();
    assertFalse(token.isEmpty());
    assertTrue(auth.path("me").isObject(), auth.toString());
    assertFalse(auth.path("required2fa").asBoolean(true));
    JsonNode teams = ok(api.as(token, "GET", "/api/v4/teams", null));
    assertTrue(teams.isArray());
    assertTrue(teams.toString().contains(team.toString()), teams.toString());
  }

  /** Verifies that a wrong password and an unknown user get the same answer, so accounts cannot be probed. */
  @Test
  void badCredentials() {
    JsonNode wrong = error(api.send("POST", LOGIN, json("username", aliceName, "password", "nope")),
        ApiError.INVALID_DATA);
    assertTrue(wrong.path("details").has("password"), wrong.toString());
    JsonNode unknown = error(api.send("POST", LOGIN, json("username", "nobody-" + UUID.randomUUID(), "password", "x")),
        ApiError.INVALID_DATA);
    assertEquals(wrong, unknown);
  }

  /** Verifies the bad login bodies: malformed, empty, not an object, wrong types, missing fields. */
  @Test
  void badLoginBodies() {
    error(api.send("POST", LOGIN, "{\"username\": \"alice\","), ApiError.BAD_REQUEST);
    error(api.send("POST", LOGIN, null), ApiError.BAD_REQUEST);
    error(api.send("POST", LOGIN, "[\"alice\",\"pw\"]"), ApiError.INVALID_DATA);
    JsonNode wrongType = error(api.send("POST", LOGIN, "{\"username\":42,\"password\":\"x\"}"), ApiError.INVALID_DATA);
    assertEquals("must be a string", wrongType.path("details").path("username").asText());
    JsonNode missing = error(api.send("POST", LOGIN, json("username", aliceName)), ApiError.INVALID_DATA);
    assertEquals("required", missing.path("details").path("password").asText());
  }

  /** Verifies that a body over the node's limit is 413 TOO_LARGE, and one just under it is read. */
  @Test
  void bodyLimit() {
    String padding = "x".repeat(MAX_BODY);
    error(api.send("POST", LOGIN, json("username", aliceName, "password", "alice-password", "pad", padding)),
        ApiError.TOO_LARGE);
    String under = json("username", aliceName, "password", "alice-password", "pad", "x".repeat(MAX_BODY - 200));
    assertTrue(under.length() < MAX_BODY);
    ok(api.send("POST", LOGIN, under));
  }

  /** Verifies the token sources: header (any case), cookie and query parameter. */
  @Test
  void tokenSources() {
    String token = alice.token();
    ok(api.send("GET", "/api/v4/teams", null, "Token", token));
    ok(api.send("GET", "/api/v4/teams", null, "TOKEN", token));
    ok(api.send("GET", "/api/v4/teams", null, "Cookie", "lang=en; token=" + token));
    ok(api.send("GET", "/api/v4/teams?token=" + token, null));
  }

  /** Verifies 401 EMPTY_TOKEN without a token and 401 INVALID_TOKEN for a forged one, on reads and writes. */
  @Test
  void missingAndForgedTokens() {
    error(api.send("GET", "/api/v4/teams", null), ApiError.EMPTY_TOKEN);
    error(api.send("POST", "/api/v4/teams", json("name", "x")), ApiError.EMPTY_TOKEN);
    error(api.send("POST", "/api/v4/auth/logout", null), ApiError.EMPTY_TOKEN);
    error(api.as("forged-token", "GET", "/api/v4/teams", null), ApiError.INVALID_TOKEN);
    error(api.as("forged-token", "GET", "/api/v4/teams/" + team + "/contacts", null), ApiError.INVALID_TOKEN);
  }

  /** Verifies that logout revokes exactly the token it was called with. */
  @Test
  void logoutRevokesOnlyThatToken() {
    String first = login(aliceName, "alice-password");
    String second = login(aliceName, "alice-password");
    ok(api.as(first, "POST", "/api/v4/auth/logout", null));
    error(api.as(first, "GET", "/api/v4/teams", null), ApiError.INVALID_TOKEN);
    error(api.as(first, "POST", "/api/v4/auth/logout", null), ApiError.INVALID_TOKEN);
    ok(api.as(second, "GET", "/api/v4/teams", null));
  }
}

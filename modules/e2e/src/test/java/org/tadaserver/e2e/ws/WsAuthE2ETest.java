package org.tadaserver.e2e.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestNode;
import org.tadaserver.testkit.client.SocketOptions;
import org.tadaserver.testkit.client.SocketOptions.TokenIn;
import org.tadaserver.testkit.client.TadaSocket;
import org.tadaserver.testkit.client.UpgradeRefused;

/** Who may open {@code /messaging/{team}} on a real node, and how logins and logouts reach open sessions. */
class WsAuthE2ETest {
  private static final Duration QUIET = Duration.ofMillis(500);
  private static TestNode node;
  private static UUID team;
  private static UUID otherTeam;

  @BeforeAll
  static void start() {
    node = TestNode.start();
    team = node.admin().createTeam();
    otherTeam = node.admin().createTeam();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  /** Verifies that the token is accepted in the header (tdclient), a cookie and the query (browsers). */
  @Test
  void tokenInHeaderCookieOrQuery() {
    TadaClient client = client(node.admin().newUser(team, false).token());
    for (TokenIn where : new TokenIn[] {TokenIn.HEADER, TokenIn.COOKIE, TokenIn.QUERY}) {
      try (TadaSocket ws = client.ws(team, SocketOptions.DEFAULT.withTokenIn(where))) {
        ws.await("server.time");
        ws.awaitConfirm(ws.send("client.ping", null));
      }
    }
  }

  /** Verifies the refusals before the upgrade: no token, an unknown token, a team the user is not in. */
  @Test
  void refusalsBeforeTheUpgrade() {
    assertRefused(() -> TadaClient.of(node.baseUrl()).ws(team), 401, "EMPTY_TOKEN");
    assertRefused(() -> client("not-a-token").ws(team), 401, "INVALID_TOKEN");
    String outsider = node.admin().newUser(otherTeam, false).token();
    assertRefused(() -> client(outsider).ws(team), 403, "ACCESS_DENIED");
    assertRefused(() -> client(outsider).ws(UUID.randomUUID()), 403, "ACCESS_DENIED");
  }

  /** Verifies that a member of two teams gets a session in each, and a teamless event (server.login) in both. */
  @Test
  void memberOfTwoTeams() {
    String username = unique("both");
    String token = node.admin().createUser(team, username, "pw-" + username, false).token();
    node.admin().addMember(otherTeam, username, false);
    try (TadaSocket here = client(token).ws(team); TadaSocket there = client(token).ws(otherTeam)) {
      here.await("server.time");
      there.await("server.time");
      login(username, "laptop");
      assertEquals("laptop", here.await("server.login").path("params").path("device_name").asText());
      assertEquals("laptop", there.await("server.login").path("params").path("device_name").asText());
    }
  }

  /** Verifies that a new token for a user reaches all their open sessions as server.login, and nobody else's. */
  @Test
  void loginReachesTheUsersSessionsOnly() {
    String username = unique("login");
    String token = node.admin().createUser(team, username, "pw-" + username, false).token();
    String second = node.admin().issueToken(username);
    String colleague = node.admin().newUser(team, false).token();
    try (TadaSocket phone = client(token).ws(team);
        TadaSocket desktop = client(second).ws(team, SocketOptions.TDCLIENT);
        TadaSocket other = client(colleague).ws(team)) {
      other.await("server.time");
      phone.await("server.time");
      desktop.await("server.time");
      login(username, "new tablet");
      assertEquals("new tablet", phone.await("server.login").path("params").path("device_name").asText());
      assertEquals("new tablet", desktop.await("server.login").path("params").path("device_name").asText());
      other.expectNone("server.login", QUIET);
    }
  }

  /** Verifies that a logout closes the sessions of that token only, and that the token then no longer opens one. */
  @Test
  void logoutClosesOnlyThatTokensSessions() {
    String username = unique("logout");
    String leaving = node.admin().createUser(team, username, "pw-" + username, false).token();
    String staying = node.admin().issueToken(username);
    try (TadaSocket closing = client(leaving).ws(team); TadaSocket kept = client(staying).ws(team)) {
      closing.await("server.time");
      kept.await("server.time");
      client(leaving).post("/api/v4/auth/logout", Map.of()).result();
      closing.await("server.logout");
      assertEquals(1000, closing.awaitClosed(Duration.ofSeconds(10)).code());
      kept.expectNone("server.logout", QUIET);
      kept.awaitConfirm(kept.send("client.ping", null));
    }
    assertRefused(() -> client(leaving).ws(team), 401, "INVALID_TOKEN");
  }

  private static void login(String username, String device) {
    TadaClient.of(node.baseUrl()).withHeader("X-Device-Name", device)
        .post("/api/v4/auth/password/get-token", Map.of("username", username, "password", "pw-" + username))
        .result();
  }

  private static TadaClient client(String token) {
    return TadaClient.of(node.baseUrl()).withToken(token);
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static void assertRefused(Executable open, int status, String error) {
    UpgradeRefused refused = assertThrows(UpgradeRefused.class, open);
    assertEquals(status, refused.status(), refused::toString);
    assertEquals(error, refused.error(), refused::toString);
  }
}

package org.tadaserver.e2e.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestNode;
import org.tadaserver.testkit.client.RestResponse;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Verifies that passwords and tokens never reach the logs, whatever path they travel: password login (right and
 * wrong), REST and WebSocket calls with the token in header, cookie and query, a revoked token. Every line the node
 * logs in this JVM, at DEBUG for our packages, goes to target/e2e-node.log (logback-test.xml), which is read at the end.
 */
class SecretsNotLoggedTest {
  private static final Path LOG = Path.of("target", "e2e-node.log");

  @Test
  void noSecretInLogs() throws Exception {
    String password = "pw-" + UUID.randomUUID();
    String issued;
    String loggedIn;
    try (TestNode node = TestNode.start()) {
      UUID team = node.admin().createTeam();
      String username = "secret-" + UUID.randomUUID().toString().substring(0, 8);
      CreatedUser user = node.admin().createUser(team, username, password, true);
      issued = user.token();
      TadaClient anonymous = TadaClient.of(node.baseUrl());

      RestResponse wrong = anonymous.post("/api/v4/auth/password/get-token",
          Map.of("username", username, "password", password + "x"));
      assertFalse(wrong.ok(), wrong.toString());
      RestResponse login = anonymous.post("/api/v4/auth/password/get-token",
          Map.of("username", username, "password", password));
      assertTrue(login.ok(), login.toString());
      loggedIn = login.result().path("token").asText();

      TadaClient client = anonymous.withToken(loggedIn);
      assertEquals(200, client.get("/api/v4/teams/" + team).status());
      anonymous.get("/api/v4/teams?token=" + issued);
      try (TadaSocket socket = client.ws(team)) {
        socket.send("client.ping", null);
        socket.await("server.confirm");
      }
      assertEquals(200, client.post("/api/v4/auth/logout", Map.of()).status());
      assertEquals(401, client.get("/api/v4/teams").status());
    }
    String logged = Files.readString(LOG, StandardCharsets.UTF_8);
    assertFalse(logged.isEmpty(), "the node logged");
    assertFalse(logged.contains(password), "password in the log");
    assertFalse(logged.contains(issued), "issued token in the log");
    assertFalse(logged.contains(loggedIn), "login token in the log");
  }
}

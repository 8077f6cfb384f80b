package org.tadaserver.e2e.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadaserver.protocol.Wire;

/**
 * The README's promise, tested on the real jar in separate processes: the node starts on the embedded default and
 * prints its URL, the admin CLI works while it runs and while it does not, logs are JSON lines without secrets, SIGTERM
 * drains and stops it, and the data is still there after a restart.
 */
class JarLifecycleTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void startAdminStopRestart(@TempDir Path dataDir) throws Exception {
    String password = "pw-" + System.nanoTime();
    String team;
    String token;
    try (JarProcess node = JarProcess.node(dataDir)) {
      String url = node.awaitUrl();
      assertEquals(200, get(url + "/health/ready", null).statusCode());

      JsonNode created = json(JarProcess.admin(dataDir, "create-team", "--name", "Acme"));
      team = created.path("uid").asText();
      JsonNode user = json(JarProcess.admin(dataDir, "create-user", "--team", team, "--username", "alice",
          "--password", password, "--given-name", "Alice", "--admin"));
      token = user.path("token").asText();
      assertTrue(user.path("jid").asText().startsWith("d-"), user.toString());

      HttpResponse<String> teamReply = get(url + "/api/v4/teams/" + team, token);
      assertEquals(200, teamReply.statusCode(), teamReply.body());
      JsonNode body = Wire.mapper().readTree(teamReply.body());
      assertEquals("Acme", body.path("result").path("name").asText());
      assertEquals(user.path("jid").asText(), body.path("result").path("me").path("jid").asText());

      assertEquals(143, node.terminate(), "SIGTERM ends the JVM through its shutdown hook");
      assertLogsAreJsonWithoutSecrets(node, password, token);
      // The drain's last step stops the embedded server the node started: PostgreSQL removes its pid file then.
      assertFalse(Files.exists(dataDir.resolve("pg").resolve("postmaster.pid")),
          () -> "the drain stopped the database; last log lines:\n" + String.join("\n", tail(node.stdout(), 8)));
    }

    // The CLI on its own starts (and stops) the embedded database when no node runs.
    JsonNode second = json(JarProcess.admin(dataDir, "issue-token", "--username", "alice"));
    assertFalse(second.path("token").asText().isEmpty());

    try (JarProcess node = JarProcess.node(dataDir)) {
      String url = node.awaitUrl();
      assertEquals(200, get(url + "/api/v4/teams/" + team, token).statusCode(), "data survived the restart");
      assertEquals(200, get(url + "/api/v4/teams/" + team, second.path("token").asText()).statusCode());
      node.terminate();
    }
  }

  @Test
  void adminUsageAndErrors(@TempDir Path dataDir) throws Exception {
    JarProcess.Result usage = JarProcess.admin(dataDir, "no-such-command");
    assertEquals(2, usage.exitCode());
    JarProcess.Result missing = JarProcess.admin(dataDir, "create-user", "--team", "not-a-uuid");
    assertEquals(2, missing.exitCode());
    JarProcess.Result unknownTeam = JarProcess.admin(dataDir, "add-member", "--team",
        "00000000-0000-4000-8000-000000000000", "--username", "nobody");
    assertEquals(1, unknownTeam.exitCode());
    assertEquals("NOT_FOUND", json(unknownTeam).path("error").asText(), unknownTeam.stdout());
  }

  private static void assertLogsAreJsonWithoutSecrets(JarProcess node, String password, String token) throws Exception {
    assertFalse(node.stdout().isEmpty(), "the node logged something");
    for (String line : node.stdout()) {
      Wire.mapper().readTree(line);
      assertFalse(line.contains(password) || line.contains(token), "secret in log: " + line);
    }
    for (String line : node.stderr()) {
      assertFalse(line.contains(password) || line.contains(token), "secret in stderr: " + line);
    }
  }

  private static java.util.List<String> tail(java.util.List<String> lines, int n) {
    return lines.subList(Math.max(0, lines.size() - n), lines.size());
  }

  private static JsonNode json(JarProcess.Result result) throws Exception {
    String[] lines = result.stdout().strip().split("\n");
    assertEquals(1, lines.length, "exactly one line on stdout: " + result.stdout() + "\nstderr: " + result.stderr());
    return Wire.mapper().readTree(lines[0]);
  }

  private static HttpResponse<String> get(String url, String token) throws Exception {
    // generous: the first requests of a fresh JVM run cold code, and CI boxes may be loaded (10 s was seen to expire)
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
    if (token != null) {
      b.header("token", token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

}

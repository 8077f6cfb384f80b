package org.tadaserver.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tadaserver.bench.cli.BenchCommand;
import org.tadaserver.bench.report.RunResult;
import org.tadaserver.bench.target.RelayTarget;
import org.tadaserver.bench.target.ServerTarget;

/**
 * A short run of each scenario against a real node (embedded PostgreSQL, 127.0.0.1) and against the baseline relay.
 * They check that nothing is lost or duplicated, not how fast it goes.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ScenarioSmokeTest {
  private static BenchNode bench;
  /** One team of users for every test (hashing passwords is the slow part of set-up); groups are made per test. */
  private static Path users;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    bench = new BenchNode();
    users = dir.resolve("fixture.json");
    try (ServerTarget server = bench.server()) {
      Fixtures.of(server, "smoke", 16, users, Smoke.QUIET);
    }
  }

  @AfterAll
  static void stop() {
    bench.close();
  }

  @Test
  void direct() throws Exception {
    try (ServerTarget server = bench.server(); RelayTarget relay = bench.relay()) {
      Smoke.assertClean(DirectScenario.run("tada", server, bench.factory, Smoke.options(), 4, false, users,
          Smoke.QUIET), 1);
      Smoke.assertClean(DirectScenario.run("relay", relay, bench.factory, Smoke.options(), 4, false, null,
          Smoke.QUIET), 1);
    }
  }

  @Test
  void directAtAFixedRate() throws Exception {
    RunOptions paced = new RunOptions(32, new Pace(200, 8), Duration.ZERO, Duration.ofSeconds(2),
        Duration.ofSeconds(15),
        20, Duration.ofSeconds(1));
    try (ServerTarget server = bench.server()) {
      RunResult r = DirectScenario.run("tada", server, bench.factory, paced, 2, false, users, Smoke.QUIET);
      Smoke.assertClean(r, 1);
      // 200 msgs/s for 2 s: each is either sent or, with its sender's window full, skipped (speed is not checked)
      long scheduled = r.count("sent") + r.count("skipped");
      assertTrue(scheduled >= 300 && scheduled <= 500, "about 400 scheduled: " + r.metrics());
    }
  }

  @Test
  void group() throws Exception {
    try (ServerTarget server = bench.server(); RelayTarget relay = bench.relay()) {
      Smoke.assertClean(GroupScenario.run(server, bench.factory, Smoke.options(), 6, 2, users, Smoke.QUIET), 5);
      Smoke.assertClean(GroupScenario.run(relay, bench.factory, Smoke.options(), 6, 2, null, Smoke.QUIET), 5);
    }
  }

  @Test
  void idle() throws Exception {
    try (ServerTarget server = bench.server(); RelayTarget relay = bench.relay()) {
      for (var target : java.util.List.of(server, relay)) {
        RunResult r = IdleScenario.run(target, bench.factory, 30, 6, Duration.ofMillis(500), 10, users, Smoke.QUIET);
        assertEquals(30L, r.count("open_after_hold"), r.metrics().toString());
        assertEquals(0L, r.count("errors"), r.metrics().toString());
        assertNotNull(r.metrics().get("heap_after_mb"), r.metrics().toString());
      }
      RunResult teams = IdleScenario.run(server, bench.factory, 12, 6, 2, Duration.ofMillis(200), 10, null,
          Smoke.QUIET);
      assertEquals(12L, teams.count("open_after_hold"), teams.metrics().toString());
      assertEquals(2L, teams.count("teams"));
    }
  }

  @Test
  void reconnect() throws Exception {
    // 8 sessions of 4 users (two devices each) and 2 writers
    ReconnectScenario.Options o = new ReconnectScenario.Options(8, 4, 2, 10, 8, Duration.ofSeconds(20), 32);
    try (ServerTarget server = bench.server(); RelayTarget relay = bench.relay()) {
      RunResult r = ReconnectScenario.run(server, bench.factory, o, users, Smoke.QUIET);
      String all = r.metrics().toString();
      assertEquals(0L, r.count("lost"), all);
      assertEquals(0L, r.count("duplicated"), all);
      assertEquals(0L, r.count("not_back"), all);
      assertEquals(0L, r.count("catch_up_errors"), all);
      assertNotNull(r.metrics().get("all_caught_up_ms"), all);
      RunResult base = ReconnectScenario.run(relay, bench.factory, o, null, Smoke.QUIET);
      assertEquals(0L, base.count("not_back"), base.metrics().toString());
      assertEquals(0L, base.count("duplicated"), base.metrics().toString());
    }
  }

  @Test
  void crossNodeWithTheNodeListedTwice() throws Exception {
    try (ServerTarget server = bench.server(2)) {
      RunResult r = DirectScenario.run("tada-cross-node", server, bench.factory, Smoke.options(), 4, true, users,
          Smoke.QUIET);
      Smoke.assertClean(r, 1);
      assertEquals(Boolean.TRUE, r.metrics().get("cross_node"));
    }
  }

  @Test
  void crossNodeFromTheCommandLineWritesItsResults(@TempDir Path out) throws Exception {
    String url = bench.node.baseUrl();
    int code = BenchCommand.commandLine().execute("cross-node", "--url", url + "," + url, "--data-dir",
        bench.node.dataDir().toString(), "--relay-in-process", "--pairs", "2", "--duration", "1", "--warmup", "0.5",
        "--out", out.toString());
    assertEquals(0, code);
    Path dir;
    try (var dirs = Files.list(out)) {
      dir = dirs.filter(d -> d.getFileName().toString().startsWith("cross-node-")).findFirst().orElseThrow();
    }
    JsonNode json = new ObjectMapper().readTree(dir.resolve("result.json").toFile());
    List<String> labels = new ArrayList<>();
    json.get("results").forEach(r -> {
      labels.add(r.get("label").asText());
      assertEquals(0, r.get("lost").asLong(), r.toString());
      assertEquals(0, r.get("duplicated").asLong(), r.toString());
    });
    assertEquals(List.of("tada-same-node", "tada-cross-node", "relay"), labels);
    assertTrue(json.get("notes").get(0).asText().contains("no message crossed a node"), json.get("notes").toString());
    assertTrue(Files.size(dir.resolve("latency.png")) > 0);
  }

  /**
   * A soak of seconds from the command line: pairs, a group and reconnecting sessions, the server sampled every 2 s
   * (after a GC forced with jcmd: the node runs in this JVM). The heap limits are opened wide, since seconds of this
   * test JVM's heap say nothing about a trend ({@code HeapTrendTest} checks the verdict). On a busy machine a jcmd
   * run can take longer than the interval (those samples are skipped), so only two samples are required, and with
   * fewer than three there is no verdict and the exit code says so.
   */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void soakFromTheCommandLineTracksEveryMessageAndSamplesTheHeap(@TempDir Path out) throws Exception {
    int code = BenchCommand.commandLine().execute("soak", "--url", bench.node.baseUrl(), "--data-dir",
        bench.node.dataDir().toString(), "--fixture", users.toString(), "--duration", "15", "--warmup", "1",
        "--rate", "10", "--pairs", "2", "--group-members", "4", "--group-senders", "1", "--reconnect-sessions", "2",
        "--reconnect-every", "3", "--reconnect-away", "1", "--sample-every", "2", "--trend-warmup", "0",
        "--max-slope-percent", "1e9", "--max-growth-percent", "1e9", "--out", out.toString());
    Path dir;
    try (var dirs = Files.list(out)) {
      dir = dirs.filter(d -> d.getFileName().toString().startsWith("soak-")).findFirst().orElseThrow();
    }
    JsonNode json = new ObjectMapper().readTree(dir.resolve("result.json").toFile());
    assertEquals(1, json.get("results").size(), "the server only, without --targets");
    JsonNode r = json.get("results").get(0);
    String all = r.toString();
    assertTrue(r.get("confirmed").asLong() > 0, all);
    assertEquals(0, r.get("lost").asLong(), all);
    assertEquals(0, r.get("duplicated").asLong(), all);
    assertEquals(0, r.get("errors").asLong(), all);
    assertTrue(r.get("drained").asBoolean(), all);
    assertTrue(r.get("reconnects").asLong() >= 2, all);
    assertEquals(0, r.get("reconnect_failures").asLong(), all);
    assertTrue(r.get("heap_gc_forced").asBoolean(), all);
    int samples = r.get("heap_samples").asInt();
    assertTrue(samples >= 2, all);
    String verdict = r.get("heap_verdict").asText();
    assertEquals(samples >= 3 ? "pass" : "too few samples", verdict, all);
    assertEquals(verdict.equals("pass") ? 0 : 4, code, all);
    r.get("samples").forEach(row -> assertTrue(row.get("heap_live_mb").asDouble() > 0, row.toString()));
    assertTrue(r.get("samples").get(0).get("server_sessions").asLong() >= 8, all);
    List<String> tsv = Files.readAllLines(dir.resolve("samples-tada.tsv"));
    assertEquals(samples + 1, tsv.size(), tsv.toString());
    assertTrue(tsv.get(0).startsWith("minute\theap_live_mb"), tsv.get(0));
  }

  @Test
  void theCommandLineRefusesWhatItCannotRun() {
    assertEquals(1, BenchCommand.commandLine().execute("direct", "--targets", "nope", "--pairs", "1"));
    assertEquals(2, BenchCommand.commandLine().execute("direct", "--pairs", "many"));
    assertEquals(2, BenchCommand.commandLine().execute("no-such-scenario"));
    assertEquals(0, BenchCommand.commandLine().execute("--help"));
  }

  @Test
  void badPlansAreRefused() throws Exception {
    try (ServerTarget one = bench.server(); RelayTarget relay = bench.relay()) {
      assertThrows(IllegalArgumentException.class,
          () -> DirectScenario.run("x", one, bench.factory, Smoke.options(), 2, true, null, Smoke.QUIET));
      assertThrows(IllegalArgumentException.class,
          () -> GroupScenario.run(relay, bench.factory, Smoke.options(), 3, 4, null, Smoke.QUIET));
      assertThrows(IllegalArgumentException.class,
          () -> GroupScenario.run(relay, bench.factory, Smoke.options(), 1, 1, null, Smoke.QUIET));
    }
    assertThrows(IllegalArgumentException.class,
        () -> new ReconnectScenario.Options(4, 5, 1, 1, 1, Duration.ofSeconds(1), 10));
    assertThrows(IllegalArgumentException.class, () -> new Pace(-1, 1));
    assertThrows(IllegalArgumentException.class, () -> new Pace(0, 0));
    assertThrows(IllegalArgumentException.class, () -> new RunOptions(64, new Pace(0, 1), Duration.ZERO, Duration.ZERO,
        Duration.ZERO, 1, Duration.ofSeconds(1)));
  }
}

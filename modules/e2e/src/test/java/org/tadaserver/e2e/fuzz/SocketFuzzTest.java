package org.tadaserver.e2e.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestNode;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Socket-level fuzzing of a live node (issue 9, part 3): several fuzzing sessions send random and mutated client
 * events ({@link FrameMutator}) while two bystanders of another team keep chatting. Checked: every frame gets what it
 * is owed ({@link FuzzFrame.Expect}; {@link FuzzSession} counts what is missing or extra), nothing from the fuzzing
 * side reaches the bystanders ({@link Bystanders}), the node still serves a new session afterwards, and the heap after
 * a GC returns near where it started.
 *
 * <p>Bounded for CI by default (24,000 frames). The full run: {@code ./mvnw -B -ntp -pl modules/e2e -am verify
 * -Dtest=SocketFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dtada.skipClusterIT=true -Dtada.fuzz.frames=1000000}
 * (also {@code -Dtada.fuzz.sessions}, {@code -Dtada.fuzz.seed}). The numbers are written to
 * {@code modules/e2e/target/socket-fuzz.txt}.
 */
class SocketFuzzTest {
  private static final int CAP_BYTES = 64 * 1024;
  private static final long HEAP_SLACK = 64L << 20;

  @Test
  void randomAndMutatedFramesAgainstALiveNode() throws Exception {
    long frames = Long.getLong("tada.fuzz.frames", 24_000);
    int sessions = Integer.getInteger("tada.fuzz.sessions", 4);
    long seed = Long.getLong("tada.fuzz.seed", 9);
    long maxSeconds = Long.getLong("tada.fuzz.maxSeconds", 3600);
    try (TestNode node = TestNode.start(Map.of("gateway.max_frame_bytes", CAP_BYTES))) {
      UUID fuzzTeam = node.admin().createTeam();
      List<CreatedUser> fuzzers = List.of(node.admin().newUser(fuzzTeam, false), node.admin().newUser(fuzzTeam, true));
      UUID otherTeam = node.admin().createTeam();
      CreatedUser a = node.admin().newUser(otherTeam, false);
      CreatedUser b = node.admin().newUser(otherTeam, false);
      Vertx vertx = Vertx.vertx();
      FuzzTally tally = new FuzzTally();
      try (Bystanders bystanders = new Bystanders(socket(node, otherTeam, a), a.jid(), socket(node, otherTeam, b),
          b.jid()); HeapSampler heap = new HeapSampler(250)) {
        List<String> foreignMessages = bystanders.start(Duration.ofMillis(100));
        FuzzIds ids = new FuzzIds(List.of(fuzzers.get(0).jid(), fuzzers.get(1).jid()), List.of(a.jid(), b.jid(),
            "t-" + otherTeam), foreignMessages);
        long before = heap.settled();
        long started = System.nanoTime();
        long deadline = started + maxSeconds * 1_000_000_000L;
        WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions()
            .setMaxFrameSize(4 * CAP_BYTES).setMaxMessageSize(4 * CAP_BYTES));
        List<Thread> threads = new ArrayList<>();
        List<Throwable> crashes = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
          String token = fuzzers.get(s % fuzzers.size()).token();
          WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(node.port())
              .setURI("/messaging/" + fuzzTeam).addHeader("token", token);
          FuzzSession session = new FuzzSession(client, options,
              new FrameMutator(seed * 1000 + s, ids, CAP_BYTES, String.valueOf(s)), tally);
          long share = frames / sessions + (s < frames % sessions ? 1 : 0);
          Thread t = new Thread(() -> {
            try {
              session.run(share, 256, 5_000, deadline);
            } catch (Throwable e) {
              synchronized (crashes) {
                crashes.add(e);
              }
            }
          }, "fuzz-" + s);
          t.start();
          threads.add(t);
        }
        for (Thread t : threads) {
          while (t.isAlive()) {
            t.join(30_000);
            System.out.printf("socket fuzz: %d frames sent, findings %s, heap %.0f MB%n", tally.frames(),
                tally.findings(), heap.peak() / 1048576.0);
          }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Set<String> marks = new HashSet<>(List.of(fuzzTeam.toString(), "\"fz\"", fuzzers.get(0).jid(),
            fuzzers.get(1).jid()));
        List<String> bystanderProblems = bystanders.isolationProblems(marks);
        List<String> slowdowns = bystanders.slowdowns();
        boolean nodeUp = nodeServes(node, fuzzTeam, fuzzers.get(0));
        long after = heap.settled();
        String report = report(tally, tally.frames(), sessions, seed, seconds, before, heap.peak(), after, bystanders,
            bystanderProblems, slowdowns, nodeUp) + (crashes.isEmpty() ? "" : "driver failures: " + crashes + "\n");
        System.out.println(report);
        Files.write(Path.of("target", "socket-fuzz.txt"), report.getBytes(StandardCharsets.UTF_8));
        crashes.forEach(Throwable::printStackTrace);
        assertTrue(crashes.isEmpty(), () -> "driver failed: " + crashes);
        assertTrue(tally.frames() >= Math.min(frames, 20_000), "frames sent: " + tally.frames());
        assertEquals(0, tally.findingCount(), () -> tally.findings() + "\n" + String.join("\n", tally.samples()));
        assertTrue(bystanderProblems.isEmpty(), () -> String.join("\n", bystanderProblems));
        assertTrue(bystanders.rounds() > 4, "the bystanders kept chatting");
        // slowdowns are reported, not asserted: on a loaded machine the shared chat service queues the bystanders'
        // messages behind the fuzzing sessions' events (docs/reliability.md, "Socket-level fuzz")
        assertTrue(nodeUp, "the node serves a new session after the run");
        assertTrue(after - before < HEAP_SLACK, () -> "heap after " + mb(after) + " vs before " + mb(before));
      } finally {
        vertx.close().await();
      }
    }
  }

  private static TadaSocket socket(TestNode node, UUID team, CreatedUser user) {
    TadaSocket socket = TadaClient.of(node.baseUrl()).withToken(user.token()).ws(team);
    socket.await("server.time");
    return socket;
  }

  private static boolean nodeServes(TestNode node, UUID team, CreatedUser user) {
    try (TadaSocket ws = TadaClient.of(node.baseUrl()).withToken(user.token()).ws(team)) {
      ws.awaitConfirm(ws.send("client.ping", null));
      return TadaClient.of(node.baseUrl()).withToken(user.token()).get("/api/v4/teams").ok();
    } catch (AssertionError | RuntimeException e) {
      return false;
    }
  }

  private static String report(FuzzTally tally, long frames, int sessions, long seed, double seconds, long before,
      long peak, long after, Bystanders bystanders, List<String> problems, List<String> slowdowns, boolean nodeUp) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("frames %d over %d sessions (seed %d) in %.1f s = %.0f frames/s%n", frames, sessions,
        seed, seconds, frames / seconds));
    out.append("sent by expectation: ").append(tally.sentByExpect()).append('\n');
    out.append("replies by kind: ").append(tally.repliesByKind()).append('\n');
    out.append("closes by code: ").append(tally.closesByCode()).append('\n');
    out.append("findings: ").append(tally.findings()).append('\n');
    tally.samples().forEach(s -> out.append("  ").append(s).append('\n'));
    out.append(String.format("heap used: before %s, peak %s, after %s (after GC; node and driver share the JVM)%n",
        mb(before), mb(peak), mb(after)));
    out.append(String.format("bystanders: %d rounds, slowest %d ms (%d ms before the fuzzing), isolation problems %d,"
        + " failed rounds and warnings %d%n", bystanders.rounds(), bystanders.maxRoundMs(), bystanders.baselineMaxMs(),
        problems.size(), slowdowns.size()));
    problems.stream().limit(20).forEach(p -> out.append("  ").append(p, 0, Math.min(400, p.length())).append('\n'));
    slowdowns.stream().limit(5).forEach(p -> out.append("  ").append(p, 0, Math.min(160, p.length())).append('\n'));
    out.append("node serves a new session afterwards: ").append(nodeUp).append('\n');
    out.append("warnings by reason:\n");
    tally.warningsByReason().entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
        .forEach(e -> out.append(String.format("  %9d  %s%n", e.getValue(), e.getKey())));
    return out.toString();
  }

  private static String mb(long bytes) {
    return String.format("%.1f MB", bytes / 1048576.0);
  }
}

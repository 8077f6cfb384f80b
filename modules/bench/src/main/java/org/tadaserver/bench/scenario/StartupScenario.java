package org.tadaserver.bench.scenario;

import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.tadaserver.bench.report.RunResult;

/**
 * {@code startup}: how long a node takes from {@code java -jar} to {@code /health/ready} answering 200 on an existing
 * database. The first start on a fresh data directory (which creates the database) is reported apart; then the node is
 * stopped (SIGTERM) and started again {@code runs} times.
 */
public final class StartupScenario {
  private static final long READY_TIMEOUT_S = 120;

  private StartupScenario() {}

  public static RunResult run(HttpClient http, Path serverJar, Path dataDir, int runs, Path logDir, Progress progress)
      throws Exception {
    if (!Files.isRegularFile(serverJar)) {
      throw new IllegalArgumentException("no server jar at " + serverJar);
    }
    Files.createDirectories(logDir);
    boolean fresh = !Files.exists(dataDir) || isEmpty(dataDir);
    RunResult r = new RunResult("tada");
    List<Long> ready = new ArrayList<>();
    for (int i = fresh ? -1 : 0; i < runs; i++) {
      long[] times = startAndStop(http, serverJar, dataDir, logDir.resolve("node-" + (i + 1) + ".log"));
      progress.line("tada", (i < 0 ? "first start (new database)" : "start " + (i + 1)) + ": ready in " + times[0]
          + " ms, stopped in " + times[1] + " ms");
      if (i < 0) {
        r.put("first_start_ready_ms", times[0]);
      } else {
        ready.add(times[0]);
      }
    }
    ready.sort(Long::compare);
    r.put("runs", runs).put("ready_median_ms", ready.get(ready.size() / 2))
        .put("ready_max_ms", ready.get(ready.size() - 1))
        .put("ready_all_ms", ready.toString());
    return r;
  }

  /** Time to ready and time to exit after SIGTERM, in milliseconds. */
  private static long[] startAndStop(HttpClient http, Path jar, Path dataDir, Path log) throws Exception {
    int port = freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-jar", jar.toString()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().putAll(Map.of("TADA_DATA_DIR", dataDir.toString(), "TADA_HTTP_PORT", Integer.toString(port),
        "TADA_HTTP_HOST", "127.0.0.1", "TADA_LOG_FORMAT", "plain"));
    long t0 = System.nanoTime();
    Process p = pb.start();
    try {
      long readyMs = awaitReady(http, port, p, t0);
      long s0 = System.nanoTime();
      p.destroy();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the node did not stop within 60 s of SIGTERM");
      }
      return new long[] {readyMs, (System.nanoTime() - s0) / 1_000_000};
    } finally {
      if (p.isAlive()) {
        p.destroyForcibly();
      }
    }
  }

  private static long awaitReady(HttpClient http, int port, Process p, long t0) throws Exception {
    long deadline = t0 + TimeUnit.SECONDS.toNanos(READY_TIMEOUT_S);
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException("the node exited with " + p.exitValue() + " before it was ready");
      }
      try {
        int status = http.request(new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1").setPort(port)
                .setURI("/health/ready"))
            .compose(req -> req.send()).map(resp -> resp.statusCode()).await(2, TimeUnit.SECONDS);
        if (status == 200) {
          return (System.nanoTime() - t0) / 1_000_000;
        }
      } catch (Exception e) {
        // not listening yet
      }
      Thread.sleep(10);
    }
    throw new IllegalStateException("the node was not ready within " + READY_TIMEOUT_S + " s");
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}

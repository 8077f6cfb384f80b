package org.tadaserver.e2e.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One clustered node as its own JVM, run from the built {@code tada-server.jar} as deploy/local does: fixed HTTP and
 * Hazelcast ports on loopback, the shared data directory, configured through the environment. Everything it prints
 * is kept, and written to a log file under the test's target directory.
 */
final class NodeProcess implements AutoCloseable {
  static final Path JAR = Path.of("..", "app", "target", "tada-server.jar");
  /** Hazelcast's opens (toolchain notes §4), a small heap and a fast-starting JIT: three of these share two cores. */
  private static final List<String> JVM = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
      "--add-modules", "java.se", "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
      "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens", "java.management/sun.management=ALL-UNNAMED",
      "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED");
  final String name;
  final int httpPort;
  private final Process process;
  private final List<String> output = Collections.synchronizedList(new ArrayList<>());

  private final Path log;

  private NodeProcess(String name, int httpPort, Process process, Path log) {
    this.name = name;
    this.httpPort = httpPort;
    this.process = process;
    this.log = log;
    pump(process.getInputStream());
    pump(process.getErrorStream());
  }

  /**
   * Starts a node.
   *
   * @param settings TADA_* environment on top of the loopback defaults
   */
  static NodeProcess start(String name, int httpPort, Path dataDir, Path logDir, Map<String, String> settings)
      throws IOException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR.toAbsolutePath() + " missing: the app module is packaged before e2e runs");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM);
    command.addAll(List.of("-jar", JAR.toString()));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("TADA_"));
    env.put("TADA_NODE_ID", name);
    env.put("TADA_HTTP_HOST", "127.0.0.1");
    env.put("TADA_HTTP_PORT", Integer.toString(httpPort));
    env.put("TADA_DATA_DIR", dataDir.toString());
    env.put("TADA_PG_EMBEDDED_DURABLE", "false");
    env.put("TADA_LOG_FORMAT", "plain");
    env.put("TADA_RATE_LIMITS_ENABLED", "false"); // load and fault runs reconnect hundreds of sockets through one nginx
    env.putAll(settings);
    Files.createDirectories(logDir);
    return new NodeProcess(name, httpPort, pb.start(), logDir.resolve(name + "-" + System.currentTimeMillis() + ".log"));
  }

  String url() {
    return "http://127.0.0.1:" + httpPort;
  }

  /** Waits for the node to say it listens. */
  void awaitListening(long seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      synchronized (output) {
        if (output.stream().anyMatch(l -> l.contains("tada-server listening on"))) {
          return;
        }
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited: " + tail());
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(name + " did not start in " + seconds + " s: " + tail());
  }

  /** {@code kill -9}: no drain, no goodbye to the cluster. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** {@code kill -TERM}: the node drains; returns the exit code. */
  int terminate() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(name + " did not stop within 60 s of SIGTERM: " + tail());
    }
    return process.exitValue();
  }

  /** {@code kill -STOP}: the JVM freezes (no heartbeats, no reads) without its sockets closing, like a long GC pause. */
  void pause() throws IOException, InterruptedException {
    signal("STOP");
  }

  /** {@code kill -CONT}: a paused JVM runs on; harmless for one that runs. */
  void resume() throws IOException, InterruptedException {
    signal("CONT");
  }

  private void signal(String name) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
    if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
    }
  }

  /** Waits for the process to end by itself; returns its exit code. */
  int awaitExit(java.time.Duration limit) throws InterruptedException {
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException(name + " still runs " + limit + " later: " + tail());
    }
    return process.exitValue();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  /** The last lines the node printed, for failure messages. */
  String tail() {
    synchronized (output) {
      return String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size()));
    }
  }

  List<String> output() {
    synchronized (output) {
      return List.copyOf(output);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }

  private void pump(InputStream in) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          output.add(line);
          synchronized (output) {
            Files.writeString(log, line + System.lineSeparator(), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
          }
        }
      } catch (IOException ignored) {
        // the process ended
      }
    }, "node-output-" + name);
    t.setDaemon(true);
    t.start();
  }
}

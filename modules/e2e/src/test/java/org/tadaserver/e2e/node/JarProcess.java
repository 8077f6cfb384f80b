package org.tadaserver.e2e.node;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The built {@code tada-server.jar} run as a separate process, exactly as the README tells users to. */
final class JarProcess implements AutoCloseable {
  static final Path JAR = Path.of("..", "app", "target", "tada-server.jar");
  private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:(\\d+))");
  private final Process process;
  private final List<String> stdout = Collections.synchronizedList(new ArrayList<>());
  private final List<String> stderr = Collections.synchronizedList(new ArrayList<>());
  private final List<Thread> pumps = new ArrayList<>();

  private JarProcess(Process process) {
    this.process = process;
    pump(process.getInputStream(), stdout);
    pump(process.getErrorStream(), stderr);
  }

  /** Starts a node on {@code dataDir}, bound to 127.0.0.1 on a free port. */
  static JarProcess node(Path dataDir) throws IOException {
    return new JarProcess(builder(dataDir, List.of()).start());
  }

  /** Runs one admin command to completion and returns its stdout. */
  static Result admin(Path dataDir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("admin"));
    command.addAll(List.of(args));
    JarProcess p = new JarProcess(builder(dataDir, command).start());
    if (!p.process.waitFor(120, TimeUnit.SECONDS)) {
      p.process.destroyForcibly();
      throw new IllegalStateException("admin command hung: " + command);
    }
    p.joinOutput();
    return new Result(p.process.exitValue(), String.join("\n", p.stdout), String.join("\n", p.stderr));
  }

  record Result(int exitCode, String stdout, String stderr) {}

  private static ProcessBuilder builder(Path dataDir, List<String> args) {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR.toAbsolutePath() + " missing: the app module is packaged before e2e runs");
    }
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("TADA_"));
    env.put("TADA_HTTP_HOST", "127.0.0.1");
    env.put("TADA_HTTP_PORT", "0");
    env.put("TADA_DATA_DIR", dataDir.toString());
    return pb;
  }

  /** Waits for the "listening on" line and returns the base URL. */
  String awaitUrl() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      synchronized (stderr) {
        for (String line : stderr) {
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            return m.group(1);
          }
        }
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("node exited: " + String.join("\n", stderr) + String.join("\n", stdout));
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("node did not report its URL in 120 s");
  }

  /** Sends SIGTERM and waits for the drain; returns the exit code. */
  int terminate() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("node did not stop within 60 s of SIGTERM");
    }
    joinOutput();
    return process.exitValue();
  }

  List<String> stdout() {
    synchronized (stdout) {
      return List.copyOf(stdout);
    }
  }

  List<String> stderr() {
    synchronized (stderr) {
      return List.copyOf(stderr);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }

  private void pump(java.io.InputStream in, List<String> sink) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          sink.add(line);
        }
      } catch (IOException ignored) {
        // the process ended
      }
    }, "jar-output");
    t.setDaemon(true);
    t.start();
    pumps.add(t);
  }

  private void joinOutput() throws InterruptedException {
    for (Thread t : pumps) {
      t.join(5_000);
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}

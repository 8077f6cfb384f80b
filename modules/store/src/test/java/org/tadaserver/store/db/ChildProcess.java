package org.tadaserver.store.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A running {@link DatabaseProcessMain} in its own JVM, driven line by line. */
final class ChildProcess implements AutoCloseable {
  private static final long REPLY_WAIT_S = 120;
  private final Process process;
  private final Writer stdin;
  private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();

  private ChildProcess(Process process) {
    this.process = process;
    this.stdin = process.outputWriter(StandardCharsets.UTF_8);
    Thread reader = new Thread(this::pump, "child-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts a JVM on this test's class path that opens the database of {@code dataDir}; waits until it has. */
  static ChildProcess open(Path dataDir) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        DatabaseProcessMain.class.getName(), dataDir.toString())
        .redirectErrorStream(true)
        .start();
    ChildProcess child = new ChildProcess(p);
    try {
      child.expectOk("@@READY");
    } catch (AssertionError | RuntimeException e) {
      child.kill();
      throw e;
    }
    return child;
  }

  /** Sends one command and returns its {@code @@} answer. */
  String send(String command) throws IOException, InterruptedException {
    stdin.write(command + "\n");
    stdin.flush();
    return reply();
  }

  void expectOk(String command) throws IOException, InterruptedException {
    String reply = command.startsWith("@@") ? reply() : send(command);
    String expected = command.startsWith("@@") ? command : "@@OK";
    if (!expected.equals(reply)) {
      throw new AssertionError(command + " -> " + reply);
    }
  }

  /** kill -9: the process gets no chance to close anything. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  boolean waitForExit() throws InterruptedException {
    return process.waitFor(60, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private String reply() throws InterruptedException {
    String reply = replies.poll(REPLY_WAIT_S, TimeUnit.SECONDS);
    if (reply == null) {
      throw new AssertionError("child process " + process.pid() + " did not answer within " + REPLY_WAIT_S + " s");
    }
    return reply;
  }

  private void pump() {
    try (BufferedReader out = process.inputReader(StandardCharsets.UTF_8)) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("@@")) {
          replies.add(line);
        } else {
          System.out.println("[child " + process.pid() + "] " + line);
        }
      }
    } catch (IOException e) {
      replies.add("@@EOF " + e);
    }
    replies.add("@@EOF");
  }
}

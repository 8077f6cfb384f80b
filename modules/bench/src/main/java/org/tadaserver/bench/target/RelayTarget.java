package org.tadaserver.bench.target;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.tadaserver.bench.client.ClientFactory;
import org.tadaserver.bench.client.NodeUrl;
import org.tadaserver.bench.metrics.LocalProcess;
import org.tadaserver.bench.metrics.ServerProbe;
import org.tadaserver.bench.relay.Relay;
import org.tadaserver.bench.relay.RelayMain;

/**
 * The baseline relay as a target: by default its own JVM (started from this one's class path and stopped at the end),
 * so that its CPU, heap and RSS are measured apart from the generator like a node's; or in this JVM, which is quicker
 * to start and enough when only correctness is checked (tests).
 */
public final class RelayTarget implements Target {
  private static final long START_TIMEOUT_S = 60;
  private final NodeUrl node;
  private final Process process;
  private final Relay inProcess;
  private final RelayProvisioner provisioner;
  private final ServerProbe probe;

  private RelayTarget(ClientFactory factory, NodeUrl node, Process process, Relay inProcess) {
    this.node = node;
    this.process = process;
    this.inProcess = inProcess;
    this.provisioner = new RelayProvisioner(new Rest(factory.http()), node);
    Map<NodeUrl, LocalProcess> local = process == null ? Map.of() : Map.of(node, LocalProcess.of(process.pid()));
    this.probe = new ServerProbe(factory.http(), List.of(node), local, null);
  }

  /** Starts the relay in a child JVM with {@code eventLoops} event loops on a free loopback port. */
  public static RelayTarget spawn(ClientFactory factory, int eventLoops) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RelayMain.class.getName(), "0",
        Integer.toString(eventLoops)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      int port = awaitPort(p);
      return new RelayTarget(factory, new NodeUrl("127.0.0.1", port), p, null);
    } catch (IOException | RuntimeException e) {
      p.destroyForcibly();
      throw e;
    }
  }

  /** Starts the relay inside this JVM. */
  public static RelayTarget inProcess(ClientFactory factory, int eventLoops) throws Exception {
    Relay relay = Relay.start("127.0.0.1", 0, eventLoops);
    return new RelayTarget(factory, new NodeUrl("127.0.0.1", relay.port()), null, relay);
  }

  private static int awaitPort(Process p) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_S);
    String line;
    while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
      if (line.startsWith("relay listening on ")) {
        return Integer.parseInt(line.substring("relay listening on ".length()).trim());
      }
    }
    throw new IOException("the relay did not start (exit " + (p.isAlive() ? "none" : p.exitValue()) + ")");
  }

  @Override
  public String name() {
    return "relay";
  }

  @Override
  public List<NodeUrl> nodes() {
    return List.of(node);
  }

  @Override
  public Provisioner provisioner() {
    return provisioner;
  }

  @Override
  public ServerProbe probe() {
    return probe;
  }

  @Override
  public boolean storesMessages() {
    return false;
  }

  @Override
  public void close() {
    if (inProcess != null) {
      inProcess.close();
    }
    if (process != null) {
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}

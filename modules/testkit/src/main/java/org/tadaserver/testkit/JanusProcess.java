package org.tadaserver.testkit;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Janus (the Debian {@code janus} package) for tests: started with a generated configuration in a temporary
 * folder, HTTP API on a free 127.0.0.1 port, only the AudioBridge plugin and the HTTP transport loaded. Media still
 * gathers on the machine's non-loopback interfaces (Janus never uses {@code lo}: shared/notes/janus.md), so an offer
 * gets a real answer; ICE itself is not exercised. {@link #restart} kills and starts it on the same port (every Janus
 * session is lost, as in production).
 */
public final class JanusProcess implements AutoCloseable {
  /** Debian's janus, installed when missing (.ci/run installs it beforehand). */
  private static String binary() {
    return DebianPackage.program("janus", List.of("/usr/bin/janus")).map(Path::toString)
        .orElseThrow(() -> new IllegalStateException("janus is not installed and could not be installed "
            + "(apt-get install janus)"));
  }
  static final String LIB = "/usr/lib/x86_64-linux-gnu/janus";
  private final Path dir;
  private final int port;
  private Process process;

  private JanusProcess(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  /**
   * Starts Janus and waits until its API answers.
   *
   * @throws IllegalStateException when Janus is not installed ({@code apt-get install janus}) or does not come up
   */
  public static JanusProcess start() {
    try {
      Path dir = Files.createTempDirectory("tada-janus");
      JanusProcess janus = new JanusProcess(dir, freePort());
      janus.writeConfig();
      janus.launch();
      return janus;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start janus: " + e.getMessage(), e);
    }
  }

  /** The HTTP API root, for {@code calls.janus_url}. */
  public String url() {
    return "http://127.0.0.1:" + port + "/janus";
  }

  /** Kills Janus (SIGKILL, like a crash) and starts it again on the same port; every session is gone. */
  public void restart() {
    kill();
    launch();
  }

  @Override
  public void close() {
    kill();
  }

  private void kill() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void launch() {
    try {
      process = new ProcessBuilder(binary(), "-F", dir.toString(), "-C", dir.resolve("janus.jcfg").toString())
          .redirectErrorStream(true).redirectOutput(dir.resolve("janus.log").toFile()).start();
    } catch (IOException e) {
      throw new IllegalStateException("janus is not installed (apt-get install janus): " + e.getMessage(), e);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < deadline) {
      if (answers()) {
        return;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("janus exited at start; see " + dir.resolve("janus.log"));
      }
      sleep(100);
    }
    kill();
    throw new IllegalStateException("janus did not answer within 15 s; see " + dir.resolve("janus.log"));
  }

  private boolean answers() {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create(url() + "/info").toURL().openConnection();
      c.setConnectTimeout(500);
      c.setReadTimeout(1000);
      return c.getResponseCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  private void writeConfig() throws IOException {
    Files.writeString(dir.resolve("janus.jcfg"), """
        general: {
          configs_folder = "%s"
          plugins_folder = "%s/plugins"
          transports_folder = "%s/transports"
          events_folder = "%s/events"
          loggers_folder = "%s/loggers"
          debug_level = 3
        }
        plugins: {
          disable = "libjanus_videoroom.so,libjanus_echotest.so,libjanus_streaming.so,libjanus_sip.so,libjanus_nosip.so,\
        libjanus_recordplay.so,libjanus_textroom.so,libjanus_videocall.so,libjanus_voicemail.so,libjanus_duktape.so,\
        libjanus_lua.so"
        }
        transports: {
          disable = "libjanus_websockets.so,libjanus_mqtt.so,libjanus_nanomsg.so,libjanus_rabbitmq.so,libjanus_pfunix.so"
        }
        events: {
          broadcast = false
        }
        loggers: {
          disable = "libjanus_jsonlog.so"
        }
        """.formatted(dir, LIB, LIB, LIB, LIB));
    Files.writeString(dir.resolve("janus.transport.http.jcfg"), """
        general: {
          json = "plain"
          base_path = "/janus"
          http = true
          port = %d
          ip = "127.0.0.1"
          https = false
        }
        admin: {
          admin_http = false
        }
        """.formatted(port));
    Files.writeString(dir.resolve("janus.plugin.audiobridge.jcfg"), "general: {\n}\n");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

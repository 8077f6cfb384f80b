package org.tadaserver.e2e.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.tadaserver.testkit.DebianPackage;

/**
 * nginx (the Debian package) as a WebSocket-aware load balancer on loopback in front of the nodes, configured like
 * deploy/local/nginx.conf: round robin, Upgrade/Connection passed through, and a client whose node is gone or drains
 * (connection refused, 502, 503 before the upgrade) is passed to the next node within the same request.
 */
final class NginxProcess implements AutoCloseable {
  private final Process process;
  private final Path dir;
  final int port;

  private NginxProcess(Process process, Path dir, int port) {
    this.process = process;
    this.dir = dir;
    this.port = port;
  }

  static NginxProcess start(Path dir, int port, List<Integer> upstreams) throws IOException, InterruptedException {
    String nginx = binary();
    Files.createDirectories(dir.resolve("tmp"));
    Path conf = dir.resolve("nginx.conf");
    Files.writeString(conf, config(dir, port, upstreams));
    Process p = new ProcessBuilder(nginx, "-p", dir.toString(), "-c", conf.toString(), "-e", dir.resolve("error.log")
        .toString()).redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
    NginxProcess proc = new NginxProcess(p, dir, port);
    proc.awaitPort();
    return proc;
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  /** nginx from Debian's package, installed when missing (.ci/run installs it beforehand). */
  static String binary() {
    return DebianPackage.program("nginx", List.of("/usr/sbin/nginx", "/usr/bin/nginx")).map(Path::toString)
        .orElseGet(() -> {
          Assumptions.abort("nginx is not installed and could not be installed (apt-get install nginx)");
          return null;
        });
  }

  static String config(Path dir, int port, List<Integer> upstreams) {
    String servers = upstreams.stream()
        .map(p -> "    server 127.0.0.1:" + p + " max_fails=3 fail_timeout=2s;")
        .collect(Collectors.joining("\n"));
    return """
        user root;
        daemon off;
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log warn;
        events { worker_connections 4096; }
        http {
          access_log off;
          client_body_temp_path %1$s/tmp/body;
          proxy_temp_path %1$s/tmp/proxy;
          fastcgi_temp_path %1$s/tmp/fastcgi;
          uwsgi_temp_path %1$s/tmp/uwsgi;
          scgi_temp_path %1$s/tmp/scgi;
          map $http_upgrade $connection_upgrade { default upgrade; '' close; }
          upstream tada {
        %2$s
          }
          server {
            listen 127.0.0.1:%3$d;
            location / {
              proxy_pass http://tada;
              proxy_http_version 1.1;
              proxy_set_header Upgrade $http_upgrade;
              proxy_set_header Connection $connection_upgrade;
              proxy_set_header Host $http_host;
              proxy_read_timeout 3600s;
              proxy_send_timeout 3600s;
              proxy_connect_timeout 2s;
              proxy_next_upstream error timeout http_502 http_503 non_idempotent;
              proxy_next_upstream_tries 3;
            }
          }
        }
        """.formatted(dir, servers, port);
  }

  private void awaitPort() throws InterruptedException, IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
        return;
      } catch (IOException e) {
        if (!process.isAlive()) {
          throw new IllegalStateException("nginx exited: " + Files.readString(dir.resolve("stdout.log"))
              + Files.readString(dir.resolve("error.log")));
        }
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("nginx does not listen on " + port);
  }

  @Override
  public void close() {
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

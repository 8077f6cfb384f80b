package org.tadaserver.e2e.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.Wire;
import org.tadaserver.testkit.TestNode;

/** /metrics, /health/live and /health/ready on a running node. */
class OpsEndpointsTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  static TestNode node;

  @BeforeAll
  static void start() {
    node = TestNode.start();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  @Test
  void liveAndReady() throws Exception {
    HttpResponse<String> live = get("/health/live");
    assertEquals(200, live.statusCode(), live.body());
    assertEquals("UP", Wire.mapper().readTree(live.body()).path("status").asText());
    HttpResponse<String> ready = get("/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertEquals("UP", Wire.mapper().readTree(ready.body()).path("status").asText());
  }

  /** Verifies that /metrics is Prometheus text with JVM and HTTP server metrics. */
  @Test
  void metrics() throws Exception {
    get("/api/v4/ping");
    HttpResponse<String> metrics = get("/metrics");
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.body().contains("jvm_memory_used_bytes"), "JVM metrics present");
    assertTrue(metrics.body().contains("vertx_http_server_requests_total"), "HTTP server metrics present");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

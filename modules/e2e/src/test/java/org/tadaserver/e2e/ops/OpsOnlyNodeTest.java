package org.tadaserver.e2e.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tadaserver.testkit.TestNode;

/**
 * A node without the gateway role (the store side of a split cluster, deploy/k8s/production) still answers its
 * probes and its scrape on the HTTP port, and serves nothing else there.
 */
class OpsOnlyNodeTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** Verifies /health/live, /health/ready and /metrics on a directory+chats node, and that the API is not there. */
  @Test
  void storeNodeAnswersProbesAndScrapes() throws Exception {
    try (TestNode node = TestNode.start(Map.of("roles", "directory,chats"))) {
      assertEquals(200, get(node, "/health/live").statusCode());
      HttpResponse<String> ready = get(node, "/health/ready");
      assertEquals(200, ready.statusCode(), ready.body());
      assertTrue(ready.body().contains("database"), "readiness checks the database: " + ready.body());
      PromText metrics = PromText.scrape(node.baseUrl());
      assertTrue(metrics.has("tada_messages_persisted_total"), "chat meters on a store node");
      assertEquals(1, metrics.value("tada_cluster_members"));
      assertEquals(404, get(node, "/api/v4/ping").statusCode(), "no client API on a store node");
    }
  }

  private static HttpResponse<String> get(TestNode node, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

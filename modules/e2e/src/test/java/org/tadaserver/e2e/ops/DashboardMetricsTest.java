package org.tadaserver.e2e.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.metrics.Metrics;
import org.tadaserver.testkit.TestNode;

/**
 * Issue 8 acceptance: the Grafana dashboard of deploy/grafana parses, and every metric its queries use exists on a
 * running node's /metrics. Two kinds of names are allowed to be missing, both stated: {@code up}, which Prometheus
 * makes itself, and the meters the reminds and calls modules record ({@link Metrics#PROMETHEUS_OTHER_MODULES}) while
 * the node under test does not run them; once it does, they are checked like the rest.
 */
class DashboardMetricsTest {
  private static final Path DASHBOARD = Path.of("../../deploy/grafana/tada-server.json");
  private static final Pattern NOISE = Pattern.compile(
      "\\{[^}]*}|\\[[^]]*]|\"[^\"]*\"|\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
  private static final Pattern IDENT = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(\\s*\\()?");
  private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
      "bool", "offset", "inf", "nan", "instance");

  /** Verifies the dashboard's queries against a node's scrape. */
  @Test
  void everyQueriedMetricIsOnTheNode() throws Exception {
    JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
    assertEquals("tada-server", dashboard.path("uid").asText());
    List<String> queries = queries(dashboard);
    assertTrue(queries.size() >= 20, "queries: " + queries.size());
    Set<String> used = new TreeSet<>();
    queries.forEach(q -> used.addAll(metrics(q)));
    for (String meter : Metrics.PROMETHEUS) {
      assertTrue(used.stream().anyMatch(u -> u.equals(meter) || u.startsWith(meter + "_")),
          meter + " on the dashboard");
    }
    try (TestNode node = TestNode.start()) {
      PromText scrape = PromText.scrape(node.baseUrl());
      Set<String> missing = new TreeSet<>();
      for (String name : used) {
        boolean otherModule = Metrics.PROMETHEUS_OTHER_MODULES.stream().anyMatch(o -> name.equals(o)
            || name.startsWith(o + "_"));
        if (!scrape.has(name) && !name.equals("up") && !otherModule) {
          missing.add(name);
        }
      }
      assertEquals(Set.of(), missing, "queried by the dashboard but not on /metrics");
    }
  }

  /** Verifies the extraction on one query, so the check above cannot pass by finding nothing. */
  @Test
  void extractsMetricNames() {
    assertEquals(Set.of("tada_a_bucket", "tada_b_total"), metrics(
        "histogram_quantile(0.99, sum by (instance, le) (rate(tada_a_bucket{x=\"y\"}[5m]))) / on() tada_b_total"));
    assertFalse(metrics("label_values(tada_cluster_members, instance)").contains("instance"));
  }

  private static List<String> queries(JsonNode dashboard) {
    List<String> out = new ArrayList<>();
    for (JsonNode panel : dashboard.path("panels")) {
      panel.path("targets").forEach(t -> out.add(t.path("expr").asText()));
    }
    dashboard.path("templating").path("list").forEach(v -> out.add(v.path("query").path("query").asText()));
    return out;
  }

  /** The metric names in a PromQL expression: identifiers that are not functions, keywords, labels or literals. */
  static Set<String> metrics(String expr) {
    String plain = NOISE.matcher(expr).replaceAll(" ");
    Set<String> names = new TreeSet<>();
    Matcher m = IDENT.matcher(plain);
    while (m.find()) {
      String token = m.group().replaceAll("\\s*\\($", "");
      boolean function = m.group(1) != null;
      if (!function && !KEYWORDS.contains(token) && !token.startsWith("$")) {
        names.add(token);
      }
    }
    return names;
  }
}

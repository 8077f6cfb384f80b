package org.tadaserver.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.metrics.Metrics;
import org.tadaserver.testkit.DebianPackage;

/**
 * deploy/prometheus: the alert rules pass {@code promtool check rules}, their unit tests pass
 * {@code promtool test rules} (each alert fires on the series it is meant for), and they query only meters the
 * server defines. promtool comes from the Debian package {@code prometheus}: .ci/run installs it, and the test installs
 * it when missing; the two promtool tests are skipped only where it cannot be installed (no apt-get or no root).
 */
class AlertRulesTest {
  static final Path PROMETHEUS = Path.of("../../deploy/prometheus");
  private static final Pattern METRIC = Pattern.compile("\\b((?:tada|vertx)_[a-z_]+)");
  private static final List<String> ALERTS = List.of("TadaNodeDown", "TadaClusterSizeBelowExpected",
      "TadaDeliveryLatencyHigh", "TadaConfirmsFailing", "TadaOutboundDrops", "TadaRemindersLate",
      "TadaPgPoolSaturated");

  /** Verifies the rules with promtool's checker. */
  @Test
  void promtoolChecksTheRules() throws Exception {
    String out = promtool("check", "rules", PROMETHEUS.resolve("tada-alerts.yml").toString());
    assertTrue(out.contains("SUCCESS: 7 rules found"), out);
  }

  /** Verifies that every alert fires as its unit test expects. */
  @Test
  void promtoolRunsTheRuleTests() throws Exception {
    String out = promtool("test", "rules", PROMETHEUS.resolve("tada-alerts-test.yml").toString());
    assertTrue(out.contains("SUCCESS"), out);
  }

  /** Verifies that each alert of the issue is there, is unit-tested, and queries only meters the server defines. */
  @Test
  void rulesUseDefinedMetersAndAreTested() throws IOException {
    String rules = Files.readString(PROMETHEUS.resolve("tada-alerts.yml"));
    String tests = Files.readString(PROMETHEUS.resolve("tada-alerts-test.yml"));
    for (String alert : ALERTS) {
      assertTrue(rules.contains("alert: " + alert), alert);
      assertTrue(tests.contains("alertname: " + alert), alert + " has a unit test");
    }
    Set<String> defined = new TreeSet<>(Metrics.PROMETHEUS);
    defined.addAll(Metrics.PROMETHEUS_OTHER_MODULES);
    Set<String> unknown = new TreeSet<>();
    Matcher m = METRIC.matcher(rules);
    while (m.find()) {
      String base = m.group(1).replaceAll("_(bucket|count|sum)$", "");
      if (!defined.contains(base)) {
        unknown.add(m.group(1));
      }
    }
    assertEquals(Set.of(), unknown, "metrics the server does not define");
  }

  private static String promtool(String... args) throws IOException, InterruptedException {
    Optional<Path> promtool = DebianPackage.program("prometheus", List.of("/usr/bin/promtool"));
    assumeTrue(promtool.isPresent(), "promtool missing and not installable (apt-get install prometheus)");
    List<String> command = new ArrayList<>(List.of(promtool.get().toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "promtool finished");
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out);
    return out;
  }
}

package org.tadaserver.bench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
  private static RunResult result(String label, long perSecond, long latencyMicros) {
    Histogram h = new Histogram(3_600_000_000L, 3);
    for (int i = 1; i <= 1000; i++) {
      h.recordValue(latencyMicros * i / 500);
    }
    return new RunResult(label).put("delivered_per_s", perSecond).put("lost", 0).put("note", "text")
        .percentiles("latency", h).latency(h);
  }

  @Test
  void ratiosAreEachServerNumberOverTheBaselines() {
    Report report = new Report("direct", "cmd").add(result("tada", 5000, 4000))
        .add(result(Report.BASELINE, 20000, 1000));
    Map<String, Double> ratios = report.ratios().get("tada");
    assertEquals(0.25, ratios.get("delivered_per_s"));
    assertEquals(4.0, ratios.get("latency_p50_ms"), 0.01);
    assertTrue(!ratios.containsKey("lost"), "0 in the baseline has no ratio");
    assertTrue(!ratios.containsKey("note"), "text has no ratio");
    String table = report.table();
    assertTrue(table.lines().anyMatch(l -> l.startsWith("delivered_per_s") && l.contains("5000") && l.contains("20000")
        && l.contains("0.250")), table);
    assertTrue(table.lines().findFirst().orElseThrow().contains("tada/relay"), table);
  }

  @Test
  void noBaselineMeansNoRatios() {
    assertTrue(new Report("idle", "cmd").add(result("tada", 1, 1)).ratios().isEmpty());
  }

  @Test
  void writesJsonAndAPngChart(@TempDir Path dir) throws Exception {
    Report report = new Report("group", "java -jar tada-bench.jar group").add(result("tada", 5000, 4000))
        .add(result(Report.BASELINE, 20000, 1000)).note("shared box");
    List<Path> files = report.write(dir);
    assertEquals(List.of(dir.resolve("result.json"), dir.resolve("latency.png")), files);
    JsonNode json = new ObjectMapper().readTree(dir.resolve("result.json").toFile());
    assertEquals("group", json.get("scenario").asText());
    assertEquals("tada", json.get("results").get(0).get("label").asText());
    assertEquals(5000, json.get("results").get(0).get("delivered_per_s").asLong());
    assertEquals(0.25, json.get("ratio_to_baseline").get("tada").get("delivered_per_s").asDouble());
    assertTrue(json.get("machine").get("cpus").asInt() > 0);
    assertEquals("shared box", json.get("notes").get(0).asText());
    byte[] png = Files.readAllBytes(dir.resolve("latency.png"));
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
  }

  @Test
  void noLatenciesMeansNoChart(@TempDir Path dir) throws Exception {
    List<Path> files = new Report("idle", "cmd").add(new RunResult("tada").put("sessions", 10)).write(dir);
    assertEquals(List.of(dir.resolve("result.json")), files);
  }
}

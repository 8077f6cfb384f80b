package org.tadaserver.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything one invocation measured: the runs against the server and the baseline, each server result as a ratio
 * to the baseline, the machine and its load before and after (the machines here are shared, so the load is part of
 * the result). Written as {@code result.json} and {@code latency.png} into the run's directory, and printed as a table;
 * a result's {@code profile} lines and its periodic {@code samples} (the soak's) also get a file each.
 */
public final class Report {
  public static final String BASELINE = "relay";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final String scenario;
  private final String command;
  private final Instant started = Instant.now();
  private final String loadBefore = Machine.loadAverage();
  private final List<RunResult> results = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private String loadAfter = "";

  public Report(String scenario, String command) {
    this.scenario = scenario;
    this.command = command;
  }

  public String scenario() {
    return scenario;
  }

  public Report add(RunResult result) {
    results.add(result);
    return this;
  }

  public Report note(String note) {
    notes.add(note);
    return this;
  }

  public List<RunResult> results() {
    return results;
  }

  public List<String> notes() {
    return notes;
  }

  /** For each non-baseline result, each number divided by the baseline's (when both have it and it is not 0). */
  public Map<String, Map<String, Double>> ratios() {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    RunResult base = results.stream().filter(r -> r.label().equals(BASELINE)).findFirst().orElse(null);
    if (base == null) {
      return out;
    }
    for (RunResult r : results) {
      if (r == base) {
        continue;
      }
      Map<String, Double> ratios = new LinkedHashMap<>();
      for (String key : r.metrics().keySet()) {
        double a = r.number(key);
        double b = base.number(key);
        if (Double.isFinite(a) && Double.isFinite(b) && b != 0) {
          ratios.put(key, RunResult.round(a / b));
        }
      }
      out.put(r.label(), ratios);
    }
    return out;
  }

  /** Writes result.json (and latency.png when there are latencies) into {@code dir}; returns the files written. */
  public List<Path> write(Path dir) throws IOException {
    loadAfter = Machine.loadAverage();
    Files.createDirectories(dir);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario", scenario);
    root.put("date", started.toString());
    root.put("command", command);
    root.put("machine", Machine.describe());
    root.put("load_average_before", loadBefore);
    root.put("load_average_after", loadAfter);
    List<Map<String, Object>> runs = new ArrayList<>();
    for (RunResult r : results) {
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("label", r.label());
      run.putAll(r.metrics());
      runs.add(run);
    }
    root.put("results", runs);
    root.put("ratio_to_baseline", ratios());
    root.put("notes", notes);
    List<Path> written = new ArrayList<>();
    Path json = dir.resolve("result.json");
    JSON.writeValue(json.toFile(), root);
    written.add(json);
    for (RunResult r : results) {
      if (r.metrics().get("profile") instanceof List<?> lines) {
        Path text = dir.resolve("profile-" + r.label() + ".txt");
        Files.write(text, lines.stream().map(String::valueOf).toList());
        written.add(text);
      }
    }
    for (RunResult r : results) {
      if (r.metrics().get("samples") instanceof List<?> rows && !rows.isEmpty()) {
        Path tsv = dir.resolve("samples-" + r.label() + ".tsv");
        Files.write(tsv, SampleTable.lines(rows));
        written.add(tsv);
      }
    }
    Path png = dir.resolve("latency.png");
    if (LatencyChart.write(png, scenario + ": send-to-deliver latency", results)) {
      written.add(png);
    }
    return written;
  }

  /** The numbers as an aligned text table: one row per metric, one column per run, then the ratios. */
  public String table() {
    Set<String> keys = new LinkedHashSet<>();
    results.forEach(r -> keys.addAll(r.metrics().keySet()));
    Map<String, Map<String, Double>> ratios = ratios();
    List<String> header = new ArrayList<>();
    header.add("metric");
    results.forEach(r -> header.add(r.label()));
    ratios.keySet().forEach(label -> header.add(label + "/" + BASELINE));
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    for (String key : keys) {
      if (results.stream().anyMatch(r -> r.metrics().get(key) instanceof java.util.Collection<?>)) {
        continue; // lists (a profile) go to the JSON and their own file, not into the table
      }
      List<String> row = new ArrayList<>();
      row.add(key);
      results.forEach(r -> row.add(format(r.metrics().get(key))));
      ratios.values().forEach(m -> row.add(format(m.get(key))));
      rows.add(row);
    }
    return align(rows) + (notes.isEmpty() ? "" : "notes:\n  " + String.join("\n  ", notes) + "\n");
  }

  private static String format(Object v) {
    if (v == null) {
      return "-";
    }
    if (v instanceof Double d) {
      boolean whole = d == Math.rint(d) && Math.abs(d) < 1e15;
      return whole ? Long.toString(d.longValue()) : String.format(Locale.ROOT, "%.3f", d);
    }
    return String.valueOf(v);
  }

  private static String align(List<List<String>> rows) {
    int cols = rows.get(0).size();
    int[] width = new int[cols];
    for (List<String> row : rows) {
      for (int c = 0; c < cols; c++) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (List<String> row : rows) {
      for (int c = 0; c < cols; c++) {
        String cell = row.get(c);
        sb.append(c == 0 ? String.format("%-" + width[c] + "s", cell) : String.format("  %" + width[c] + "s", cell));
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}

package org.tadaserver.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Periodic samples (a list of rows, each a map of column to value, as the soak records them) as tab-separated lines:
 * a header with every column seen, then one line per row; a missing or null value is written as {@code -}.
 */
public final class SampleTable {
  private SampleTable() {}

  public static List<String> lines(List<?> rows) {
    Set<String> columns = new LinkedHashSet<>();
    for (Object row : rows) {
      if (row instanceof Map<?, ?> m) {
        m.keySet().forEach(k -> columns.add(String.valueOf(k)));
      }
    }
    List<String> out = new ArrayList<>();
    out.add(String.join("\t", columns));
    for (Object row : rows) {
      if (row instanceof Map<?, ?> m) {
        List<String> cells = new ArrayList<>();
        for (String c : columns) {
          Object v = m.get(c);
          cells.add(v == null ? "-" : String.valueOf(v));
        }
        out.add(String.join("\t", cells));
      }
    }
    return out;
  }
}

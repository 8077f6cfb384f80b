package org.tadaserver.bench.metrics;

/**
 * The few values read from a node's {@code GET /metrics} (Prometheus text format): the process's CPU time and the used
 * heap (the sum over the heap pools). Other lines are ignored; a value that is missing reads as -1.
 */
public record Prometheus(double cpuSeconds, double heapBytes) {

  public static Prometheus parse(String text) {
    double cpuNs = -1;
    double heap = 0;
    boolean sawHeap = false;
    for (String line : text.split("\n")) {
      if (line.startsWith("process_cpu_time_ns_total ")) {
        cpuNs = value(line);
      } else if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
        heap += value(line);
        sawHeap = true;
      }
    }
    return new Prometheus(cpuNs < 0 ? -1 : cpuNs / 1e9, sawHeap ? heap : -1);
  }

  private static double value(String line) {
    int space = line.lastIndexOf(' ');
    try {
      return Double.parseDouble(line.substring(space + 1).trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}

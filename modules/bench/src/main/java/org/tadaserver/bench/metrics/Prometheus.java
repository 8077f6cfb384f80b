package org.tadaserver.bench.metrics;

/**
 * The few values read from a node's {@code GET /metrics} (Prometheus text format): the process's CPU time, the used
 * heap (the sum over the heap pools), the heap's limit (the sum of the pools that have one: with G1 only the old
 * generation does, and its maximum is the whole heap's) and the open WebSocket sessions. Other lines are ignored; a
 * value that is missing reads as -1.
 */
public record Prometheus(double cpuSeconds, double heapBytes, double heapMaxBytes, double sessions) {
  private static final String SESSIONS = "tada_gateway_sessions";

  public Prometheus(double cpuSeconds, double heapBytes) {
    this(cpuSeconds, heapBytes, -1, -1);
  }

  public static Prometheus parse(String text) {
    double cpuNs = -1;
    double heap = -1;
    double heapMax = -1;
    double sessions = -1;
    for (String line : text.split("\n")) {
      if (line.startsWith("process_cpu_time_ns_total ")) {
        cpuNs = value(line);
      } else if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
        heap = Math.max(heap, 0) + value(line);
      } else if (line.startsWith("jvm_memory_max_bytes{") && line.contains("area=\"heap\"") && value(line) > 0) {
        heapMax = Math.max(heapMax, 0) + value(line);
      } else if (line.startsWith(SESSIONS + " ") || line.startsWith(SESSIONS + "{")) {
        sessions = Math.max(sessions, 0) + value(line);
      }
    }
    return new Prometheus(cpuNs < 0 ? -1 : cpuNs / 1e9, heap, heapMax, sessions);
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

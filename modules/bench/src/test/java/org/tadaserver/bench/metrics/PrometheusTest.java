package org.tadaserver.bench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PrometheusTest {
  @Test
  void readsCpuTimeAndSumsTheHeapPools() {
    String text = """
        # HELP process_cpu_time_ns_total The "cpu time" used by the Java Virtual Machine process
        # TYPE process_cpu_time_ns_total counter
        process_cpu_time_ns_total 5.84E9
        jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 3.7748736E7
        jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 1.2505088E7
        jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 3.0594384E7
        jvm_memory_used_bytes{area="heap",id="G1 Survivor Space"} 1000.0
        """;
    Prometheus p = Prometheus.parse(text);
    assertEquals(5.84, p.cpuSeconds(), 1e-9);
    assertEquals(37748736 + 12505088 + 1000, p.heapBytes(), 1e-3);
  }

  @Test
  void readsTheHeapLimitFromThePoolsThatHaveOneAndTheSessions() {
    String text = """
        jvm_memory_max_bytes{area="heap",id="G1 Eden Space"} -1.0
        jvm_memory_max_bytes{area="heap",id="G1 Old Gen"} 6.442450944E9
        jvm_memory_max_bytes{area="nonheap",id="Metaspace"} -1.0
        jvm_memory_max_bytes{area="heap",id="G1 Survivor Space"} -1.0
        # TYPE tada_gateway_sessions gauge
        tada_gateway_sessions 130.0
        """;
    Prometheus p = Prometheus.parse(text);
    assertEquals(6442450944.0, p.heapMaxBytes(), 1e-3);
    assertEquals(130, p.sessions(), 1e-9);
    assertEquals(-1, p.heapBytes());
  }

  @Test
  void missingValuesReadAsMinusOne() {
    Prometheus p = Prometheus.parse("something_else 1\n");
    assertEquals(-1, p.cpuSeconds());
    assertEquals(-1, p.heapBytes());
    assertEquals(-1, p.heapMaxBytes());
    assertEquals(-1, p.sessions());
  }

  @Test
  void coresAreCpuTimeOverWallTime() {
    NodeSample a = new NodeSample("n", 0, 10.0, 1, 1);
    NodeSample b = new NodeSample("n", 2_000_000_000L, 13.0, 1, 1);
    assertEquals(1.5, b.coresSince(a), 1e-9);
    assertEquals(-1, new NodeSample("n", 1, -1, 1, 1).coresSince(a));
  }
}

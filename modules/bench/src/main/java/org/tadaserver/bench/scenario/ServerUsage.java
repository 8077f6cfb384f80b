package org.tadaserver.bench.scenario;

import java.util.List;
import org.tadaserver.bench.metrics.NodeSample;
import org.tadaserver.bench.report.RunResult;

/** Adds the server side of a window to a result: CPU cores used, heap and RSS at the end, summed over the nodes. */
final class ServerUsage {
  private ServerUsage() {}

  static void put(RunResult r, List<NodeSample> from, List<NodeSample> to) {
    double cores = 0;
    double heap = 0;
    double rss = 0;
    boolean cpuKnown = true;
    boolean heapKnown = true;
    boolean rssKnown = true;
    for (int i = 0; i < to.size(); i++) {
      double c = to.get(i).coresSince(from.get(i));
      cpuKnown &= c >= 0;
      cores += Math.max(0, c);
      heapKnown &= to.get(i).heapBytes() >= 0;
      heap += Math.max(0, to.get(i).heapBytes());
      rssKnown &= to.get(i).rssBytes() >= 0;
      rss += Math.max(0, to.get(i).rssBytes());
    }
    r.put("server_cpu_cores", cpuKnown ? RunResult.round(cores) : null);
    r.put("server_heap_mb", heapKnown ? RunResult.round(heap / 1048576.0) : null);
    r.put("server_rss_mb", rssKnown ? RunResult.round(rss / 1048576.0) : null);
  }
}

package org.tadaserver.bench.scenario;

import java.util.List;
import org.tadaserver.bench.metrics.HostCpu;
import org.tadaserver.bench.metrics.NodeSample;
import org.tadaserver.bench.report.RunResult;

/**
 * Adds the server side of a window to a result: CPU cores used, heap and RSS at the end, summed over the nodes; the
 * cores the generator and the whole machine used in the same window, and what that leaves for other processes (the
 * machines here are shared).
 */
final class ServerUsage {
  private ServerUsage() {}

  static void put(RunResult r, List<NodeSample> from, List<NodeSample> to, HostCpu hostFrom, HostCpu hostTo) {
    put(r, from, to);
    double machine = hostTo.machineCoresSince(hostFrom);
    double generator = hostTo.generatorCoresSince(hostFrom);
    r.put("generator_cpu_cores", generator < 0 ? null : RunResult.round(generator));
    r.put("machine_busy_cores", machine < 0 ? null : RunResult.round(machine));
  }

  /** What the rest of the machine took: busy cores minus the server's, its database's and the generator's. */
  static void putOthers(RunResult r) {
    double machine = r.number("machine_busy_cores");
    double generator = r.number("generator_cpu_cores");
    double server = r.number("server_cpu_cores");
    double db = r.number("db_cpu_cores");
    boolean known = !Double.isNaN(machine) && !Double.isNaN(generator) && !Double.isNaN(server);
    r.put("other_processes_cores",
        known ? RunResult.round(Math.max(0, machine - generator - server - (Double.isNaN(db) ? 0 : db))) : null);
  }

  /** The embedded database's CPU over {@code seconds}, and the server's including it; absent when not local. */
  static void putDatabase(RunResult r, double from, double to, double seconds) {
    if (from < 0 || to < 0 || seconds <= 0) {
      return;
    }
    double db = (to - from) / seconds;
    r.put("db_cpu_cores", RunResult.round(db));
    double server = r.number("server_cpu_cores");
    if (!Double.isNaN(server)) {
      r.put("server_and_db_cpu_cores", RunResult.round(server + db));
    }
  }

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

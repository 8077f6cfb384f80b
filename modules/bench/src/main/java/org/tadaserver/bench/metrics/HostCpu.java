package org.tadaserver.bench.metrics;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU use of the whole machine ({@code /proc/stat}) and of the generator itself, so that a result from a shared
 * machine says how much of it the server could have had: busy cores of the box minus the server's minus the
 * generator's is what other processes took.
 */
public record HostCpu(long nanos, long busyTicks, long totalTicks, double generatorCpuSeconds) {
  private static final Path STAT = Path.of("/proc/stat");

  public static HostCpu sample() {
    long busy = -1;
    long total = -1;
    try {
      String[] f = Files.readAllLines(STAT).get(0).trim().split("\\s+");
      // cpu user nice system idle iowait irq softirq steal ...
      long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
      total = 0;
      for (int i = 1; i <= Math.min(8, f.length - 1); i++) {
        total += Long.parseLong(f[i]);
      }
      busy = total - idle;
    } catch (IOException | RuntimeException e) {
      // not Linux: the machine's share stays unknown
    }
    double generator = -1;
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      generator = os.getProcessCpuTime() / 1e9;
    }
    return new HostCpu(System.nanoTime(), busy, total, generator);
  }

  /** Busy cores of the whole machine between {@code earlier} and this sample, or -1. */
  public double machineCoresSince(HostCpu earlier) {
    if (busyTicks < 0 || earlier.busyTicks < 0 || totalTicks <= earlier.totalTicks) {
      return -1;
    }
    double share = (double) (busyTicks - earlier.busyTicks) / (totalTicks - earlier.totalTicks);
    return share * Runtime.getRuntime().availableProcessors();
  }

  /** Cores the generator used between {@code earlier} and this sample, or -1. */
  public double generatorCoresSince(HostCpu earlier) {
    double wall = (nanos - earlier.nanos) / 1e9;
    return generatorCpuSeconds < 0 || wall <= 0 ? -1 : (generatorCpuSeconds - earlier.generatorCpuSeconds) / wall;
  }
}

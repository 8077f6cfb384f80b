package org.tadaserver.e2e.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap of this JVM over a run, through JMX: the node under test runs in it (testkit's in-JVM node), next to the
 * fuzz driver, which keeps only counters and the current batch. {@link #settled} forces a GC first, so that before
 * and after compare live data; {@link #peak} is the largest used heap seen by the sampling thread.
 */
final class HeapSampler implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile long peak;
  private volatile boolean stopping;

  HeapSampler(long everyMs) {
    thread = new Thread(() -> {
      while (!stopping) {
        peak = Math.max(peak, used());
        try {
          Thread.sleep(everyMs);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  /** Used heap after a full GC (two, a moment apart, so that finalizable and soft garbage is gone too). */
  long settled() {
    for (int i = 0; i < 2; i++) {
      System.gc();
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return used();
  }

  long peak() {
    return peak;
  }

  private long used() {
    return memory.getHeapMemoryUsage().getUsed();
  }

  @Override
  public void close() {
    stopping = true;
    thread.interrupt();
  }
}

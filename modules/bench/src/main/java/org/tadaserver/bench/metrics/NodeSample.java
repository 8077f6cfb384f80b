package org.tadaserver.bench.metrics;

/** One node's numbers at one moment; -1 where unknown. */
public record NodeSample(String node, long nanos, double cpuSeconds, double heapBytes, long rssBytes,
    double heapMaxBytes, double sessions) {

  public NodeSample(String node, long nanos, double cpuSeconds, double heapBytes, long rssBytes) {
    this(node, nanos, cpuSeconds, heapBytes, rssBytes, -1, -1);
  }

  /** CPU cores the node used on average between {@code earlier} and this sample. */
  public double coresSince(NodeSample earlier) {
    double wall = (nanos - earlier.nanos) / 1e9;
    if (wall <= 0 || cpuSeconds < 0 || earlier.cpuSeconds < 0) {
      return -1;
    }
    return (cpuSeconds - earlier.cpuSeconds) / wall;
  }
}

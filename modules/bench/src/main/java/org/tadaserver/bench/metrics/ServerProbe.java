package org.tadaserver.bench.metrics;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.tadaserver.bench.client.NodeUrl;

/**
 * Reads the server side of a run: CPU time, heap and sessions of every node from {@code /metrics}, and RSS and live
 * heap (after a forced GC) of the nodes that run on this machine. Blocking; call it from the orchestrating thread.
 */
public final class ServerProbe {
  private final HttpClient http;
  private final List<NodeUrl> nodes;
  private final Map<NodeUrl, LocalProcess> local;
  private final PostgresProcess database;

  /** @param database the nodes' embedded database on this machine, or null */
  public ServerProbe(HttpClient http, List<NodeUrl> nodes, Map<NodeUrl, LocalProcess> local, PostgresProcess database) {
    this.http = http;
    this.nodes = List.copyOf(nodes);
    this.local = Map.copyOf(local);
    this.database = database;
  }

  /** CPU seconds the nodes' embedded database has used so far, or -1 when it is not on this machine. */
  public double databaseCpuSeconds() {
    return database == null ? -1 : database.cpuSeconds();
  }

  /** One sample per node, in the order of the nodes; a node whose metrics cannot be read gets -1 values. */
  public List<NodeSample> sample() {
    List<NodeSample> out = new ArrayList<>();
    for (NodeUrl node : nodes) {
      Prometheus p = scrape(node);
      LocalProcess proc = local.get(node);
      out.add(new NodeSample(node.toString(), System.nanoTime(), p.cpuSeconds(), p.heapBytes(),
          proc == null ? -1 : proc.rssBytes(), p.heapMaxBytes(), p.sessions()));
    }
    return out;
  }

  /** Forces a full GC in every local node (no-op for the others), then samples. */
  public List<NodeSample> sampleAfterGc() {
    local.values().forEach(LocalProcess::fullGc);
    return sample();
  }

  /** The nodes that run on this machine, with their processes. */
  public Map<NodeUrl, LocalProcess> localProcesses() {
    return local;
  }

  public boolean hasLocalProcesses() {
    return !local.isEmpty();
  }

  private Prometheus scrape(NodeUrl node) {
    try {
      Future<Buffer> body = http.request(new RequestOptions().setMethod(HttpMethod.GET)
              .setHost(node.host()).setPort(node.port()).setURI("/metrics"))
          .compose(req -> req.send())
          .compose(resp -> resp.statusCode() == 200 ? resp.body() : Future.failedFuture("HTTP " + resp.statusCode()));
      return Prometheus.parse(body.await(10, TimeUnit.SECONDS).toString());
    } catch (Exception e) {
      return new Prometheus(-1, -1);
    }
  }
}

package org.tadaserver.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tadaserver.bench.client.ClientFactory;
import org.tadaserver.bench.client.NodeUrl;
import org.tadaserver.bench.report.RunResult;
import org.tadaserver.bench.target.ServerTarget;
import org.tadaserver.testkit.TestCluster;
import org.tadaserver.testkit.TestNode;

/**
 * The cross-node scenario on three clustered nodes (one embedded database): every message crosses a node. The cluster
 * start is bounded by the test kit's own start timeout; the run itself by the test's.
 */
class CrossNodeSmokeTest {
  private static TestCluster cluster;
  private static ClientFactory factory;

  @BeforeAll
  static void start() {
    cluster = TestCluster.start(3);
    factory = new ClientFactory(2);
  }

  @AfterAll
  static void stop() {
    factory.close();
    cluster.close();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void pairsSplitOverThreeNodesLoseNothing() throws Exception {
    List<NodeUrl> urls = new ArrayList<>();
    for (TestNode n : cluster.nodes()) {
      urls.add(NodeUrl.parse(n.baseUrl()));
    }
    try (ServerTarget target = new ServerTarget(factory, urls, cluster.node(0).node().database(), false,
        cluster.dataDir())) {
      RunResult cross = DirectScenario.run("tada-cross-node", target, factory, Smoke.options(), 6, true, null,
          Smoke.QUIET);
      Smoke.assertClean(cross, 1);
      assertEquals(3L, cross.count("nodes"));
    }
  }
}

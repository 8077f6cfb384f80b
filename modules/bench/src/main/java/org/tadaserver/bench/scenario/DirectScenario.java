package org.tadaserver.bench.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tadaserver.bench.client.BenchUser;
import org.tadaserver.bench.client.ClientFactory;
import org.tadaserver.bench.client.NodeUrl;
import org.tadaserver.bench.report.RunResult;
import org.tadaserver.bench.target.Fixture;
import org.tadaserver.bench.target.Target;

/**
 * {@code direct}: {@code pairs} pairs of users, each writing 1:1 messages to the other ({@code to} = the partner's
 * contact JID). With several nodes the pairs are spread over them; {@code crossNode} puts the two ends of each pair
 * on different nodes, so every message crosses the cluster.
 */
public final class DirectScenario {
  private DirectScenario() {}

  public static RunResult run(String label, Target target, ClientFactory factory, RunOptions options, int pairs,
      boolean crossNode, Path fixtureFile, Progress progress) throws Exception {
    checkPlacement(target.nodes(), crossNode);
    Fixture fixture = Fixtures.of(target, "direct", 2 * pairs, fixtureFile, progress);
    return run(label, target, factory, options, fixture, pairs, crossNode, progress);
  }

  /** As above on an existing fixture (cross-node runs its two placements on one fixture). */
  public static RunResult run(String label, Target target, ClientFactory factory, RunOptions options, Fixture fixture,
      int pairs, boolean crossNode, Progress progress) throws Exception {
    Plan plan = plan(fixture, target.nodes(), pairs, crossNode);
    RunResult r = new MessagingRun(label, target, factory, options, progress).run(plan);
    r.put("pairs", pairs).put("nodes", target.nodes().size()).put("cross_node", crossNode);
    return r;
  }

  private static void checkPlacement(List<NodeUrl> nodes, boolean crossNode) {
    if (crossNode && nodes.size() < 2) {
      throw new IllegalArgumentException("a cross-node placement needs at least two node URLs");
    }
  }

  static Plan plan(Fixture fixture, List<NodeUrl> nodes, int pairs, boolean crossNode) {
    if (fixture.users().size() < 2 * pairs) {
      throw new IllegalArgumentException("need " + 2 * pairs + " users, have " + fixture.users().size());
    }
    checkPlacement(nodes, crossNode);
    List<Plan.Participant> clients = new ArrayList<>();
    List<Plan.Route> senders = new ArrayList<>();
    for (int p = 0; p < pairs; p++) {
      BenchUser a = fixture.users().get(2 * p);
      BenchUser b = fixture.users().get(2 * p + 1);
      NodeUrl nodeA = nodes.get(p % nodes.size());
      NodeUrl nodeB = crossNode ? nodes.get((p + 1) % nodes.size()) : nodeA;
      clients.add(new Plan.Participant(a, nodeA));
      clients.add(new Plan.Participant(b, nodeB));
      senders.add(new Plan.Route(2 * p, b.jid(), new int[] {2 * p + 1}));
      senders.add(new Plan.Route(2 * p + 1, a.jid(), new int[] {2 * p}));
    }
    return new Plan(fixture.team(), clients, senders);
  }
}

package org.tadaserver.bench.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.tadaserver.bench.client.BenchUser;
import org.tadaserver.bench.client.ClientFactory;
import org.tadaserver.bench.report.RunResult;
import org.tadaserver.bench.target.Fixture;
import org.tadaserver.bench.target.Target;

/**
 * {@code soak}: a moderate mixed load held for a long time, to see whether the server's memory stays flat. One team:
 * pairs writing 1:1 messages, a group with a few writers and every member online, and a few idle users whose sessions
 * drop and come back again and again ({@link Churn}). Every message is tracked as in {@code direct} and {@code group}
 * (lost and duplicated must be 0); the server is sampled at a fixed interval and its live heap's trend judged
 * ({@link HeapSampler}, {@link HeapTrend}).
 */
public final class SoakScenario {
  private SoakScenario() {}

  public static RunResult run(Target target, ClientFactory factory, RunOptions run, SoakOptions soak,
      Path fixtureFile, Progress progress) throws Exception {
    Fixture fixture = Fixtures.of(target, "soak", soak.users(), fixtureFile, progress);
    List<BenchUser> members = fixture.users().subList(2 * soak.pairs(), 2 * soak.pairs() + soak.groupMembers());
    String group = target.provisioner().group(fixture, members.get(0), members).await(600, TimeUnit.SECONDS);
    progress.line(target.name(), "group " + group + " of " + members.size() + " members made");
    Churn churn = new Churn(2 * soak.pairs() + soak.groupMembers(), soak.reconnectSessions(), soak.reconnectEvery(),
        soak.reconnectAway());
    HeapSampler sampler = new HeapSampler(target.name(), target.probe(), progress, soak, target.nodes().size());
    RunResult r = new MessagingRun(target.name(), target, factory, run, progress)
        .run(plan(fixture, target, group, soak), RunWatcher.all(churn, sampler));
    r.put("pairs", soak.pairs()).put("group_members", soak.groupMembers()).put("group_senders", soak.groupSenders());
    return r;
  }

  /**
   * Client {@code i} is user {@code i} (on the nodes in turn): the pairs first ({@code 2p} and {@code 2p+1} write to
   * each other), then the group's members (the first {@code groupSenders} write to it), then the reconnecting ones.
   */
  static Plan plan(Fixture fixture, Target target, String group, SoakOptions soak) {
    List<Plan.Participant> clients = new ArrayList<>();
    for (int i = 0; i < soak.users(); i++) {
      clients.add(new Plan.Participant(fixture.users().get(i), target.nodes().get(i % target.nodes().size())));
    }
    List<Plan.Route> routes = new ArrayList<>();
    for (int p = 0; p < soak.pairs(); p++) {
      routes.add(new Plan.Route(2 * p, fixture.users().get(2 * p + 1).jid(), new int[] {2 * p + 1}));
      routes.add(new Plan.Route(2 * p + 1, fixture.users().get(2 * p).jid(), new int[] {2 * p}));
    }
    int firstMember = 2 * soak.pairs();
    for (int s = 0; s < soak.groupSenders(); s++) {
      int[] others = new int[soak.groupMembers() - 1];
      int k = 0;
      for (int m = 0; m < soak.groupMembers(); m++) {
        if (m != s) {
          others[k++] = firstMember + m;
        }
      }
      routes.add(new Plan.Route(firstMember + s, group, others));
    }
    return new Plan(fixture.team(), clients, routes);
  }
}

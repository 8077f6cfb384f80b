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
 * {@code group}: one group of {@code members} users, all online; the first {@code senders} of them write to the group,
 * and every other member must get every message. The number that matters is deliveries per second.
 */
public final class GroupScenario {
  private GroupScenario() {}

  public static RunResult run(Target target, ClientFactory factory, RunOptions options, int members, int senders,
      Path fixtureFile, Progress progress) throws Exception {
    if (senders < 1 || senders > members || members < 2) {
      throw new IllegalArgumentException("need 2+ members and 1..members senders");
    }
    Fixture fixture = Fixtures.of(target, "group", members, fixtureFile, progress);
    long t0 = System.nanoTime();
    String group = target.provisioner().group(fixture, fixture.users().get(0), fixture.users())
        .await(600, TimeUnit.SECONDS);
    progress.line(target.name(), String.format("group %s of %d members made in %.1f s", group, members,
        (System.nanoTime() - t0) / 1e9));
    RunResult r = new MessagingRun(target.name(), target, factory, options, progress)
        .run(plan(fixture, target, group, senders));
    r.put("members", members).put("group_senders", senders);
    return r;
  }

  static Plan plan(Fixture fixture, Target target, String group, int senders) {
    List<Plan.Participant> clients = new ArrayList<>();
    List<BenchUser> users = fixture.users();
    for (int i = 0; i < users.size(); i++) {
      clients.add(new Plan.Participant(users.get(i), target.nodes().get(i % target.nodes().size())));
    }
    List<Plan.Route> routes = new ArrayList<>();
    for (int s = 0; s < senders; s++) {
      int[] recipients = new int[users.size() - 1];
      int k = 0;
      for (int i = 0; i < users.size(); i++) {
        if (i != s) {
          recipients[k++] = i;
        }
      }
      routes.add(new Plan.Route(s, group, recipients));
    }
    return new Plan(fixture.team(), clients, routes);
  }
}

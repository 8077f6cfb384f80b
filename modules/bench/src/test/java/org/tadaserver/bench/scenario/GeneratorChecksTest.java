package org.tadaserver.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tadaserver.bench.client.BenchUser;
import org.tadaserver.bench.client.ClientFactory;
import org.tadaserver.bench.report.RunResult;
import org.tadaserver.bench.target.Fixture;
import org.tadaserver.bench.target.RelayTarget;

/**
 * The generator's own checks catch what they claim to: a member the relay never delivers to shows up as lost, and a
 * member it delivers to twice as duplicated. (The relay's group list is made wrong on purpose.)
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GeneratorChecksTest {
  private static ClientFactory factory;

  @BeforeAll
  static void start() {
    factory = new ClientFactory(2);
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  private static RunResult runGroup(RelayTarget relay, Fixture fixture, List<BenchUser> registered) throws Exception {
    String group = relay.provisioner().group(fixture, fixture.users().get(0), registered).await(10, TimeUnit.SECONDS);
    // A short drain: in the lost case the run waits for deliveries that never come.
    RunOptions options = new RunOptions(64, new Pace(0, 2), Duration.ofMillis(200), Duration.ofSeconds(1),
        Duration.ofSeconds(2), 10, Duration.ofSeconds(1));
    return new MessagingRun("relay", relay, factory, options, Smoke.QUIET)
        .run(GroupScenario.plan(fixture, relay, group, 1));
  }

  @Test
  void aMemberThatGetsNothingIsCountedAsLost() throws Exception {
    try (RelayTarget relay = RelayTarget.inProcess(factory, 1)) {
      Fixture fixture = relay.provisioner().fixture("t", 4).await(10, TimeUnit.SECONDS);
      RunResult r = runGroup(relay, fixture, fixture.users().subList(0, 3));
      long confirmed = r.count("confirmed");
      assertTrue(confirmed > 0, r.metrics().toString());
      assertEquals(confirmed, r.count("lost"), "each message misses the unregistered member: " + r.metrics());
      assertEquals(2 * confirmed, r.count("delivered"), r.metrics().toString());
      assertEquals(Boolean.FALSE, r.metrics().get("drained"), r.metrics().toString());
    }
  }

  @Test
  void aMemberThatGetsEveryMessageTwiceIsCountedAsDuplicated() throws Exception {
    try (RelayTarget relay = RelayTarget.inProcess(factory, 1)) {
      Fixture fixture = relay.provisioner().fixture("t", 3).await(10, TimeUnit.SECONDS);
      List<BenchUser> twice = new ArrayList<>(fixture.users());
      twice.add(fixture.users().get(2));
      RunResult r = runGroup(relay, fixture, twice);
      assertEquals(0, r.count("lost"), r.metrics().toString());
      assertEquals(r.count("confirmed"), r.count("duplicated"), r.metrics().toString());
    }
  }
}

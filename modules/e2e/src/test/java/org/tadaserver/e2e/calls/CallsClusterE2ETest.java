package org.tadaserver.e2e.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.testkit.JanusProcess;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestCluster;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * One call across clustered nodes (issue 7): participants connected to different nodes see the same
 * {@code server.call.state}, the call shows in {@code server.online.calls}, and a participant whose node dies leaves
 * within 10 s.
 */
class CallsClusterE2ETest {
  static JanusProcess janus;
  static TestCluster cluster;

  @BeforeAll
  static void start() {
    janus = JanusProcess.start();
    cluster = TestCluster.start(3, Map.of("calls.janus_url", janus.url(), "presence.coalesce_ms", 50));
  }

  @AfterAll
  static void stop() {
    cluster.close();
    janus.close();
  }

  /**
   * Verifies that two participants on two nodes other than the team's calls owner see one state (same uid, gentime and
   * onliners), that the call is listed in server.online, and that the participant whose node is killed leaves.
   */
  @Test
  void participantsOnTwoNodesShareOneCall() {
    UUID team = cluster.admin().createTeam();
    int owner = ownerIndex(team);
    int first = (owner + 1) % 3;
    int second = (owner + 2) % 3;
    CreatedUser anna = cluster.admin().newUser(team, true);
    CreatedUser boris = cluster.admin().newUser(team, false);
    CallPerson annaOn = person(first, team, anna);
    CallPerson borisOn = person(second, team, boris);
    String group = annaOn.group("Across nodes", borisOn);
    try (TadaSocket a = annaOn.ws()) {
      TadaSocket b = borisOn.ws();
      String uid = CallPerson.offer(a, group).path("uid").asText();
      assertEquals(uid, b.await("server.call.buzz").path("params").path("uid").asText());
      CallPerson.offer(b, group);
      JsonNode seenByAnna = CallPerson.state(a, group, s -> s.path("onliners").size() == 2);
      JsonNode seenByBoris = CallPerson.state(b, group, s -> s.path("onliners").size() == 2);
      assertEquals(seenByAnna, seenByBoris);
      assertEquals(uid, seenByAnna.path("uid").asText());
      JsonNode online = a.await("server.online", e -> e.path("params").path("calls").size() == 1,
          CallPerson.WAIT).path("params").path("calls").path(0);
      assertEquals(group, online.path("jid").asText());
      assertEquals(uid, online.path("uid").asText());
      cluster.kill(second);
      JsonNode after = a.await("server.call.state", e -> e.path("params").path("onliners").size() == 1,
          Duration.ofSeconds(12)).path("params");
      assertEquals(anna.jid(), after.path("onliners").path(0).path("jid").asText());
    }
  }

  private static int ownerIndex(UUID team) {
    String owner = cluster.node(0).node().chatOwnerOf(team.toString());
    for (int i = 0; i < cluster.size(); i++) {
      if (cluster.node(i).node().clusterNodeId().equals(owner)) {
        return i;
      }
    }
    throw new AssertionError("no owner for team " + team);
  }

  private static CallPerson person(int node, UUID team, CreatedUser user) {
    TadaClient client = TadaClient.of(cluster.node(node).baseUrl()).withToken(user.token());
    assertNotEquals(null, client);
    return new CallPerson(user.jid(), user.user(), user.jid(), team, client);
  }
}

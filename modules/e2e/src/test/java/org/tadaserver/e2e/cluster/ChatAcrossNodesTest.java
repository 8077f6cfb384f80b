package org.tadaserver.e2e.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestCluster;
import org.tadaserver.testkit.TestNode;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Three clustered nodes in one JVM on one database: they form one cluster, any node serves any user, and users on
 * different nodes chat, read, type and see each other online exactly as on one node. Every member of a chat sees its
 * events in the same order, whichever node they are on and whichever nodes the writers use.
 */
class ChatAcrossNodesTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static TestCluster cluster;

  @BeforeAll
  static void start() {
    cluster = TestCluster.start(3);
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  /** Verifies that the three nodes form one cluster of three distinct members. */
  @Test
  void threeNodesFormOneCluster() {
    Set<String> ids = new HashSet<>();
    for (TestNode node : cluster.nodes()) {
      assertTrue(node.node().clustered());
      assertEquals(3, node.node().clusterMembers(), "members seen by " + node.node().config().nodeId());
      ids.add(node.node().clusterNodeId());
    }
    assertEquals(3, ids.size());
  }

  /** Verifies that every node answers REST for any user, whichever node's services handle the call. */
  @Test
  void anyNodeServesAnyUser() {
    UUID team = cluster.admin().createTeam();
    CreatedUser alice = cluster.admin().newUser(team, false);
    for (int node = 0; node < 3; node++) {
      for (int i = 0; i < 3; i++) {
        JsonNode teams = client(node, alice).get("/api/v4/teams").result();
        assertEquals(team.toString(), teams.get(0).path("uid").asText());
      }
    }
  }

  /** Verifies that a change made through node 0 reaches a socket on node 2 (and one on node 0) exactly once. */
  @Test
  void directoryEventsCrossNodes() {
    UUID team = cluster.admin().createTeam();
    CreatedUser alice = cluster.admin().newUser(team, false);
    CreatedUser bob = cluster.admin().newUser(team, false);
    try (TadaSocket far = client(2, bob).ws(team); TadaSocket near = client(0, bob).ws(team)) {
      far.await("server.time");
      near.await("server.time");
      String mood = "mood " + UUID.randomUUID();
      client(0, alice).post("/api/v4/teams/" + team + "/contacts/" + alice.jid(), Map.of("mood", mood)).result();
      for (TadaSocket ws : new TadaSocket[] {far, near}) {
        JsonNode updated = ws.await("server.contact.updated",
            e -> e.path("params").path("contacts").get(0).path("mood").asText().equals(mood), WAIT);
        assertEquals(alice.jid(), updated.path("params").path("contacts").get(0).path("jid").asText());
        ws.expectNone("server.contact.updated", Duration.ofMillis(300));
      }
    }
  }

  /**
   * Verifies a direct chat between nodes: the message reaches the recipient on node 2 and the sender's other device on
   * node 1, the read reaches the sender, typing reaches the other side, and both see each other online.
   */
  @Test
  void directChatReadAndTypingAcrossNodes() {
    UUID team = cluster.admin().createTeam();
    CreatedUser anna = cluster.admin().newUser(team, false);
    CreatedUser boris = cluster.admin().newUser(team, false);
    try (TadaSocket a = client(0, anna).ws(team); TadaSocket a2 = client(1, anna).ws(team);
        TadaSocket b = client(2, boris).ws(team)) {
      Online.awaitWith(a, boris.jid(), c -> true, WAIT);
      Online.awaitWith(b, anna.jid(), c -> true, WAIT);
      String id = UUID.randomUUID().toString();
      a.awaitConfirm(a.send("client.message.updated", message(boris.jid(), id, "hello from node 0")));
      JsonNode got = messageEvent(b, id);
      assertEquals(anna.jid(), got.path("chat").asText(), "a direct chat is named after the other side");
      assertEquals("hello from node 0", got.path("content").path("text").asText());
      assertEquals(boris.jid(), messageEvent(a2, id).path("chat").asText(), "the echo on the sender's other device");
      b.awaitConfirm(b.send("client.chat.lastread", Map.of("jid", anna.jid(), "last_read_message_id", id)));
      JsonNode received = a.await("server.message.received", e -> true, WAIT);
      assertEquals(id, received.path("params").path("messages").get(0).path("message_id").asText());
      b.awaitConfirm(b.send("client.chat.composing", Map.of("jid", anna.jid(), "composing", true)));
      JsonNode typing = a.await("server.chat.composing", e -> true, WAIT).path("params");
      assertEquals(boris.jid(), typing.path("jid").asText());
      assertEquals(boris.jid(), typing.path("actor").asText());
      JsonNode history = client(1, boris).get("/api/v4/teams/" + team + "/messages/" + anna.jid()).result();
      assertEquals(id, history.path("messages").get(0).path("message_id").asText());
    }
  }

  /**
   * Verifies per-chat order across nodes with writers that wait for each confirm: three members on three nodes send 15
   * messages each to one group at the same time. An observer with a session on every node gets all 45 once on each,
   * in one and the same order, and each writer's messages in the order written; the first writer's two devices (on two
   * nodes) agree too. (Sessions of different users may differ where one commit holds several messages: each user's
   * events are built for their own view. The sessions of one user see exactly what one node would show them.)
   */
  @Test
  void concurrentWritersOneOrderEverywhere() throws Exception {
    Scenario s = new Scenario();
    int each = 15;
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<List<String>>> sent = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        TadaSocket ws = s.writers.get(i);
        int writer = i;
        sent.add(pool.submit(() -> {
          List<String> ids = new ArrayList<>();
          for (int k = 0; k < each; k++) {
            String id = UUID.randomUUID().toString();
            ws.awaitConfirm(ws.send("client.message.updated", message(s.group, id, "from " + writer + " #" + k)));
            ids.add(id);
          }
          return ids;
        }));
      }
      List<List<String>> byWriter = new ArrayList<>();
      for (Future<List<String>> f : sent) {
        byWriter.add(f.get(60, TimeUnit.SECONDS));
      }
      List<String> order = s.assertOneOrder(3 * each);
      for (List<String> ids : byWriter) {
        assertEquals(ids, order.stream().filter(ids::contains).toList(), "a writer's messages in the order written");
      }
      Set<String> owners = new HashSet<>();
      for (TestNode node : cluster.nodes()) {
        owners.add(node.node().chatOwnerOf(s.team.toString()));
      }
      assertEquals(1, owners.size(), "every node routes the team's chat work to one owner: " + owners);
    } finally {
      pool.shutdownNow();
      s.close();
    }
  }

  /**
   * Verifies the same under a burst: writers on all three nodes pipeline 30 messages each into one group without
   * waiting; the observer's sessions on the three nodes still get all of them once and in one and the same order.
   */
  @Test
  void burstOneOrderEverywhere() {
    Scenario s = new Scenario();
    int each = 30;
    try {
      List<List<String>> confirms = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        confirms.add(new ArrayList<>());
      }
      for (int k = 0; k < each; k++) {
        for (int i = 0; i < 3; i++) {
          confirms.get(i).add(s.writers.get(i).send("client.message.updated",
              message(s.group, UUID.randomUUID().toString(), "burst " + i + " #" + k)));
        }
      }
      for (int i = 0; i < 3; i++) {
        for (String confirm : confirms.get(i)) {
          s.writers.get(i).awaitConfirm(confirm);
        }
      }
      s.assertOneOrder(3 * each);
    } finally {
      s.close();
    }
  }

  /**
   * A group of three writers (sessions on nodes 0, 1, 2), the first writer's second device on node 2, and an observer
   * member with a session on each node.
   */
  private static final class Scenario implements AutoCloseable {
    final UUID team = cluster.admin().createTeam();
    final List<CreatedUser> users = List.of(cluster.admin().newUser(team, true), cluster.admin().newUser(team, false),
        cluster.admin().newUser(team, false), cluster.admin().newUser(team, false));
    final String group = createGroup(team, users);
    final List<TadaSocket> writers = new ArrayList<>();
    final List<TadaSocket> observer = new ArrayList<>();
    final TadaSocket secondDevice;

    Scenario() {
      for (int i = 0; i < 3; i++) {
        writers.add(client(i, users.get(i)).ws(team));
        observer.add(client(i, users.get(3)).ws(team));
      }
      secondDevice = client(2, users.get(0)).ws(team);
    }

    /** Checks that every observer session and both devices of writer 0 got {@code count} messages, once, alike. */
    List<String> assertOneOrder(int count) {
      List<String> reference = messageOrder(observer.get(0), group, count);
      assertEquals(count, new HashSet<>(reference).size(), "each message once: " + reference);
      for (TadaSocket ws : observer.subList(1, 3)) {
        assertEquals(reference, messageOrder(ws, group, count), "the observer sees one order on every node");
      }
      assertEquals(messageOrder(writers.get(0), group, count), messageOrder(secondDevice, group, count),
          "a writer's two devices on two nodes agree");
      for (TadaSocket ws : observer) {
        assertTrue(ws.drain().stream().noneMatch(e -> "server.message.updated".equals(e.path("event").asText())),
            "no event twice");
      }
      return reference;
    }

    @Override
    public void close() {
      writers.forEach(TadaSocket::close);
      observer.forEach(TadaSocket::close);
      secondDevice.close();
    }
  }

  private static Map<String, Object> message(String to, String id, String text) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("to", to);
    params.put("message_id", id);
    params.put("content", Map.of("type", "plain", "text", text));
    return params;
  }

  private static JsonNode messageEvent(TadaSocket ws, String id) {
    return ws.await("server.message.updated",
        e -> id.equals(e.path("params").path("messages").path(0).path("message_id").asText()), WAIT)
        .path("params").path("messages").get(0);
  }

  /** The ids of the first {@code count} new-message events about {@code chat}, in arrival order. */
  private static List<String> messageOrder(TadaSocket ws, String chat, int count) {
    List<String> ids = new ArrayList<>();
    while (ids.size() < count) {
      JsonNode m = ws.await("server.message.updated",
          e -> chat.equals(e.path("params").path("messages").path(0).path("chat").asText()), WAIT)
          .path("params").path("messages").get(0);
      ids.add(m.path("message_id").asText());
    }
    return ids;
  }

  private static String createGroup(UUID team, List<CreatedUser> members) {
    List<Map<String, String>> listed = new ArrayList<>();
    for (CreatedUser m : members.subList(1, members.size())) {
      listed.add(Map.of("jid", m.jid(), "status", "member"));
    }
    return client(1, members.get(0)).post("/api/v4/teams/" + team + "/groups",
        Map.of("display_name", "Across nodes", "members", listed)).result().path("jid").asText();
  }

  private static TadaClient client(int node, CreatedUser user) {
    return TadaClient.of(cluster.node(node).baseUrl()).withToken(user.token());
  }
}

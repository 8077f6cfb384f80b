package org.tadaserver.e2e.reminds;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestCluster;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * The acceptance of the remind scheduler (issue 5): three nodes, 500 reminds due within 10 s, one node killed while
 * they fire. The owner's sessions on the two surviving nodes must each get every remind exactly once, on time (within
 * 1 s) unless the dead node had claimed it: those may only be due around the kill, and still arrive once.
 */
class RemindsClusterTest {
  private static final int REMINDS = 500;
  private static final long SPREAD_MS = 10_000;
  /** Time to create the reminds before the first is due; creation goes through all three nodes. */
  private static final long LEAD_MS = 45_000;
  private static final long KILL_AFTER_MS = 3_000;

  @Test
  void fiveHundredRemindsFireExactlyOnceThroughANodeCrash() throws Exception {
    try (TestCluster cluster = TestCluster.start(3)) {
      UUID team = cluster.admin().createTeam();
      CreatedUser owner = cluster.admin().newUser(team, false);
      List<TadaClient> clients = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        clients.add(TadaClient.of(cluster.node(i).baseUrl()).withToken(owner.token()));
      }
      String chat = clients.get(0).post("/api/v4/teams/" + team + "/groups", Map.of("display_name", "reminded"))
          .result().path("jid").asText();
      try (TadaSocket on0 = clients.get(0).ws(team); TadaSocket on1 = clients.get(1).ws(team);
          TadaSocket on2 = clients.get(2).ws(team)) {
        on0.await("server.time");
        on1.await("server.time");
        on2.await("server.time");
        try (FiredLog log0 = new FiredLog(on0); FiredLog log1 = new FiredLog(on1)) {
          Instant first = Instant.now().plusMillis(LEAD_MS);
          long creating = System.currentTimeMillis();
          Map<String, Long> due = create(clients, team, chat, first);
          System.out.println("[reminds] created " + REMINDS + " in " + (System.currentTimeMillis() - creating) + " ms");
          assertTrue(Instant.now().isBefore(first), "creating the reminds took longer than " + LEAD_MS + " ms");

          sleepUntil(first.toEpochMilli() + KILL_AFTER_MS);
          long killStart = System.currentTimeMillis();
          cluster.kill(2);
          long killEnd = System.currentTimeMillis();
          System.out.println("[reminds] node 2 killed in " + (killEnd - killStart) + " ms");

          long deadline = first.toEpochMilli() + SPREAD_MS + 15_000;
          while ((log0.deliveries().size() < REMINDS || log1.deliveries().size() < REMINDS)
              && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
          }
          Thread.sleep(3_000);
          check("node 0", log0.deliveries(), due, killStart, killEnd);
          check("node 1", log1.deliveries(), due, killStart, killEnd);
          assertEquals(0, clients.get(0).get("/api/v4/teams/" + team + "/reminds").result().size());
        }
      }
    }
  }

  /** Creates the reminds through all nodes at once, due every SPREAD_MS / REMINDS ms from {@code first}. */
  private static Map<String, Long> create(List<TadaClient> clients, UUID team, String chat, Instant first)
      throws Exception {
    Map<String, Long> due = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < REMINDS; i++) {
        Instant at = first.plusMillis(i * SPREAD_MS / REMINDS);
        TadaClient client = clients.get(i % clients.size());
        done.add(pool.submit(() -> {
          String uid = client.post("/api/v4/teams/" + team + "/reminds", Map.of("chat", chat, "fire_at",
              at.toString())).result().path("uid").asText();
          due.put(uid, at.toEpochMilli());
        }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(REMINDS, due.size());
    return due;
  }

  /**
   * Each remind delivered exactly once; on time (less than 1 s late) unless it fell due while the dead node could
   * still claim it (from 1 s before the kill began to its end), in which case it came once after the lease ran out.
   */
  private static void check(String where, Map<String, List<Long>> got, Map<String, Long> due, long killStart,
      long killEnd) {
    assertEquals(due.keySet(), got.keySet(), where + ": reminds missing or unknown");
    int late = 0;
    long worst = 0;
    for (Map.Entry<String, Long> e : due.entrySet()) {
      List<Long> times = got.get(e.getKey());
      assertEquals(1, times.size(), where + ": deliveries of " + e.getKey());
      long lateMs = times.get(0) - e.getValue();
      assertTrue(lateMs > -100, where + ": fired " + -lateMs + " ms early");
      boolean aroundKill = e.getValue() >= killStart - 1_000 && e.getValue() <= killEnd;
      if (lateMs >= 1_000) {
        assertTrue(aroundKill, where + ": " + lateMs + " ms late, due " + (e.getValue() - killStart)
            + " ms after the kill began");
        late++;
      } else {
        worst = Math.max(worst, lateMs);
      }
    }
    System.out.println("[reminds] " + where + ": " + got.size() + " reminds once each; worst on-time lateness "
        + worst + " ms; " + late + " late from the dead node");
  }

  private static void sleepUntil(long epochMs) throws InterruptedException {
    long wait = epochMs - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }
}

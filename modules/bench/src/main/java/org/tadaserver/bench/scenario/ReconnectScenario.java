package org.tadaserver.bench.scenario;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.tadaserver.bench.Parallel;
import org.tadaserver.bench.client.BenchClient;
import org.tadaserver.bench.client.BenchUser;
import org.tadaserver.bench.client.ClientFactory;
import org.tadaserver.bench.report.RunResult;
import org.tadaserver.bench.target.Fixture;
import org.tadaserver.bench.target.Rest;
import org.tadaserver.bench.target.Target;
import org.tadaserver.bench.track.MessageIds;
import org.tadaserver.bench.track.Stats;

/**
 * {@code reconnect}: {@code sessions} receivers are online and have each got one message from a writer; then all of
 * them drop at once (the clients close), each is sent one more message while away, and all reconnect at once. A
 * receiver is back when its WebSocket is open again and caught up when it holds the message sent while it was away:
 * fetched by REST ({@code GET /api/v4/teams/{team}/messages/{writer}?gentime_from=G}, G being the gentime of the last
 * message it saw) right after the socket opened, or pushed. Lost: a message before the drop that never arrived, or a
 * catch-up answer without the message sent during the drop; a catch-up that did not finish in time is only
 * {@code not_caught_up}. The baseline relay stores nothing, so there it measures
 * only the time to be back.
 */
public final class ReconnectScenario {
  private static final int WRITER_WINDOW = 64;
  private static final long RETRY_MS = 250;

  private ReconnectScenario() {}

  /** Options of one reconnect run. */
  /** Options of one reconnect run; {@code users} <= {@code sessions} (several sessions of one user are devices). */
  public record Options(int sessions, int users, int writers, int connectParallelism, int reconnectParallelism,
      Duration timeout, int messageSize) {
    public Options {
      if (users < 1 || users > sessions || writers < 1) {
        throw new IllegalArgumentException("need 1..sessions users and at least one writer");
      }
    }
  }

  public static RunResult run(Target target, ClientFactory factory, Options o, Path fixtureFile, Progress progress)
      throws Exception {
    Fixture fixture = Fixtures.of(target, "reconnect", o.users() + o.writers(), fixtureFile, progress);
    Stats stats = new Stats();
    MessageIds ids = MessageIds.random();
    ReconnectWatch watch = new ReconnectWatch(o.sessions(), o.users(), o.writers(), ids, stats);
    Clients clients = new Clients(factory, fixture.team());
    for (int s = 0; s < o.sessions(); s++) {
      clients.add(fixture.users().get(s % o.users()), target.nodes().get(s % target.nodes().size()), stats, watch);
    }
    for (int w = 0; w < o.writers(); w++) {
      BenchUser writer = fixture.users().get(o.users() + w);
      clients.add(writer, target.nodes().get(clients.size() % target.nodes().size()), stats, watch);
    }
    int failed = clients.connectAll(o.connectParallelism());
    if (failed > 0) {
      clients.closeAll();
      throw new IllegalStateException(failed + " sessions could not connect to " + target.name());
    }
    try {
      return measure(target, factory, o, fixture, stats, ids, watch, clients, progress);
    } finally {
      clients.closeAll();
    }
  }

  private static RunResult measure(Target target, ClientFactory factory, Options o, Fixture fixture, Stats stats,
      MessageIds ids, ReconnectWatch watch, Clients clients, Progress progress) throws Exception {
    String label = target.name();
    write(clients, watch, o, ids, false);
    int helloMissing = awaitHello(watch, o.sessions(), o.timeout());
    progress.line(label, "all " + o.sessions() + " sessions online and written to; dropping them at once");
    List<Future<Void>> closes = new ArrayList<>();
    for (int r = 0; r < o.sessions(); r++) {
      closes.add(clients.get(r).close());
    }
    Future.all(closes).await(120, TimeUnit.SECONDS);
    write(clients, watch, o, ids, true);
    progress.line(label, "one message sent to each while away; reconnecting all at once");
    long connectFailuresBefore = stats.connectFailures.sum();
    long t0 = System.nanoTime();
    long deadline = t0 + o.timeout().toNanos();
    Rest rest = new Rest(factory.http());
    AtomicInteger catchUpErrors = new AtomicInteger();
    AtomicInteger missing = new AtomicInteger();
    Future<Integer> back = Parallel.forEachCounting(o.sessions(), o.reconnectParallelism(),
        r -> reconnect(target, factory, fixture, clients, watch, rest, r, deadline, catchUpErrors, missing,
            o.writers()));
    awaitCaughtUp(watch, o.sessions(), deadline, label, t0, progress);
    // Sessions still retrying or fetching at the deadline are counted from the watch, not waited for.
    long notBack = awaitOrCount(back, deadline, watch, o.sessions());
    RunResult r = new RunResult(label);
    r.put("sessions", o.sessions()).put("users", o.users()).put("writers", o.writers());
    long[] backMs = millisSince(watch.backAt, t0);
    long[] caughtMs = millisSince(watch.caughtAt, t0);
    long notCaught = Arrays.stream(caughtMs).filter(ms -> ms < 0).count();
    r.put("not_back", Arrays.stream(backMs).filter(ms -> ms < 0).count())
        .put("all_back_ms", all(backMs))
        .put("back_p50_ms", percentile(backMs, 50)).put("back_p99_ms", percentile(backMs, 99))
        .put("all_caught_up_ms", all(caughtMs)).put("caught_up_p50_ms", percentile(caughtMs, 50))
        .put("caught_up_p99_ms", percentile(caughtMs, 99))
        .put("connect_retries", stats.connectFailures.sum() - connectFailuresBefore)
        .put("catch_up_errors", catchUpErrors.get())
        .put("errors", stats.errors.sum() - stats.connectFailures.sum())
        .put("unexpected_closes", stats.unexpectedCloses.sum())
        .put("not_caught_up", notCaught)
        .put("lost", helloMissing + missing.get())
        .put("duplicated", stats.duplicated.sum())
        .put("reconnect_failures", notBack);
    return r;
  }

  /** Each writer sends one message to each of its users (user u belongs to writer u % writers). */
  private static void write(Clients clients, ReconnectWatch watch, Options o, MessageIds ids, boolean outage)
      throws Exception {
    List<Future<Void>> done = new ArrayList<>();
    for (int w = 0; w < o.writers(); w++) {
      List<BulkWriter.Item> items = new ArrayList<>();
      for (int u = w; u < o.users(); u += o.writers()) {
        String to = clients.get(u).user().jid(); // session u (u < users) is user u's first session
        String id = outage ? ReconnectWatch.outageId(ids, w, u) : ReconnectWatch.helloId(ids, w, u);
        items.add(new BulkWriter.Item(to, id));
      }
      BulkWriter writer = new BulkWriter(clients.get(o.sessions() + w), items, WRITER_WINDOW, o.messageSize());
      watch.writer(w, writer);
      done.add(writer.start());
    }
    Future.all(done).await(o.timeout().toSeconds() + 60, TimeUnit.SECONDS);
  }

  private static int awaitHello(ReconnectWatch watch, int sessions, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int missing;
    do {
      missing = 0;
      for (int r = 0; r < sessions; r++) {
        missing += watch.sawHello(r) ? 0 : 1;
      }
      if (missing > 0) {
        Thread.sleep(50);
      }
    } while (missing > 0 && System.nanoTime() < deadline);
    return missing;
  }

  private static Future<Void> reconnect(Target target, ClientFactory factory, Fixture fixture, Clients clients,
      ReconnectWatch watch, Rest rest, int r, long deadline, AtomicInteger catchUpErrors, AtomicInteger missing,
      int writers) {
    BenchClient client = clients.get(r);
    return client.connect(factory, target.nodes().get(r % target.nodes().size()), fixture.team())
        .compose(v -> {
          watch.backAt.set(r, System.nanoTime());
          if (!target.storesMessages()) {
            watch.caughtUp(r);
            return Future.<Void>succeededFuture();
          }
          return catchUp(target, fixture, clients, watch, rest, r, writers, missing).otherwise(e -> {
            if (catchUpErrors.incrementAndGet() <= 3) {
              System.err.println("catch-up failed: " + e.getMessage());
            }
            return null;
          });
        }, e -> System.nanoTime() < deadline
            ? factory.vertx().timer(RETRY_MS, TimeUnit.MILLISECONDS)
                .compose(t -> reconnect(target, factory, fixture, clients, watch, rest, r, deadline,
                    catchUpErrors, missing, writers))
            : Future.failedFuture(e));
  }

  /** Fetches what session {@code r} missed; a complete answer without its message counts in {@code missing}. */
  private static Future<Void> catchUp(Target target, Fixture fixture, Clients clients, ReconnectWatch watch, Rest rest,
      int r, int writers, AtomicInteger missing) {
    BenchClient client = clients.get(r);
    int user = watch.userOf(r);
    String writer = clients.get(clients.size() - writers + user % writers).user().jid();
    String path = "/api/v4/teams/" + fixture.team() + "/messages/" + writer + "?gentime_from=" + watch.gentime(r)
        + "&limit=100";
    return rest.get(target.nodes().get(r % target.nodes().size()), path, client.user().token()).map(result -> {
      JsonArray messages = result instanceof JsonObject o
          ? o.getJsonArray("messages", new JsonArray()) : new JsonArray();
      for (Object m : messages) {
        long packed = -1;
        if (m instanceof JsonObject message) {
          packed = watch.decode(message.getString("message_id"));
        }
        if (packed >= 0 && MessageIds.seq(packed) == 2 * user + 1) {
          watch.caughtUp(r);
        }
      }
      if (watch.caughtAt.get(r) == 0) {
        missing.incrementAndGet();
      }
      return null;
    });
  }

  private static void awaitCaughtUp(ReconnectWatch watch, int sessions, long deadline, String label, long t0,
      Progress progress) throws InterruptedException {
    long nextPrint = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
    while (System.nanoTime() < deadline) {
      int back = 0;
      int caught = 0;
      for (int r = 0; r < sessions; r++) {
        back += watch.backAt.get(r) != 0 ? 1 : 0;
        caught += watch.caughtAt.get(r) != 0 ? 1 : 0;
      }
      if (caught == sessions) {
        return;
      }
      if (System.nanoTime() >= nextPrint) {
        progress.line(label, String.format("%.1fs back=%d caught-up=%d of %d", (System.nanoTime() - t0) / 1e9, back,
            caught, sessions));
        nextPrint += TimeUnit.SECONDS.toNanos(1);
      }
      Thread.sleep(20);
    }
  }

  private static long awaitOrCount(Future<Integer> back, long deadline, ReconnectWatch watch, int sessions) {
    try {
      long leftMs = Math.max(1, (deadline - System.nanoTime()) / 1_000_000) + 5000;
      back.await(leftMs, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      // timed out: fall through and count
    }
    long notBack = 0;
    for (int r = 0; r < sessions; r++) {
      notBack += watch.backAt.get(r) == 0 ? 1 : 0;
    }
    return notBack;
  }

  private static long[] millisSince(AtomicLongArray at, long t0) {
    long[] out = new long[at.length()];
    for (int i = 0; i < out.length; i++) {
      long v = at.get(i);
      out[i] = v == 0 ? -1 : (v - t0) / 1_000_000;
    }
    return out;
  }

  /** The time by which all were done, or null when some never were. */
  private static Long all(long[] ms) {
    long max = 0;
    for (long v : ms) {
      if (v < 0) {
        return null;
      }
      max = Math.max(max, v);
    }
    return max;
  }

  private static Long percentile(long[] ms, double p) {
    long[] done = Arrays.stream(ms).filter(v -> v >= 0).sorted().toArray();
    if (done.length == 0) {
      return null;
    }
    int index = (int) Math.ceil(p / 100.0 * done.length) - 1;
    return done[Math.max(0, Math.min(done.length - 1, index))];
  }
}

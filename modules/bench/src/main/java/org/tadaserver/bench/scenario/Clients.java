package org.tadaserver.bench.scenario;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.tadaserver.bench.Parallel;
import org.tadaserver.bench.client.BenchClient;
import org.tadaserver.bench.client.BenchUser;
import org.tadaserver.bench.client.ClientFactory;
import org.tadaserver.bench.client.ClientListener;
import org.tadaserver.bench.client.NodeUrl;
import org.tadaserver.bench.track.Stats;

/** The clients of a run, made, connected and closed together; each connects to its node and team. */
final class Clients {
  private static final long CONNECT_TIMEOUT_S = 600;
  private final ClientFactory factory;
  private final String team;
  private final List<BenchClient> clients = new ArrayList<>();
  private final List<NodeUrl> nodes = new ArrayList<>();
  private final List<String> teams = new ArrayList<>();

  /** @param team the team of the clients added without one */
  Clients(ClientFactory factory, String team) {
    this.factory = factory;
    this.team = team;
  }

  BenchClient add(BenchUser user, NodeUrl node, Stats stats, ClientListener listener) {
    return add(user, node, team, stats, listener);
  }

  BenchClient add(BenchUser user, NodeUrl node, String team, Stats stats, ClientListener listener) {
    BenchClient c = new BenchClient(clients.size(), user, factory.contextFor(clients.size()), stats, listener);
    clients.add(c);
    nodes.add(node);
    teams.add(team);
    return c;
  }

  String teamOf(int index) {
    return teams.get(index);
  }

  List<BenchClient> all() {
    return clients;
  }

  BenchClient get(int index) {
    return clients.get(index);
  }

  int size() {
    return clients.size();
  }

  long connected() {
    return clients.stream().filter(BenchClient::isOpen).count();
  }

  /** Connects every client ({@code parallelism} handshakes at a time); returns the number that failed. */
  int connectAll(int parallelism) throws Exception {
    return connect(clients.size(), parallelism, i -> i);
  }

  /** Connects the clients {@code indexOf(0..n-1)}; returns the number that failed. */
  int connect(int n, int parallelism, IntFunction<Integer> indexOf) throws Exception {
    Future<Integer> failures = Parallel.forEachCounting(n, parallelism, i -> {
      int index = indexOf.apply(i);
      return clients.get(index).connect(factory, nodes.get(index), teams.get(index));
    });
    return failures.await(CONNECT_TIMEOUT_S, TimeUnit.SECONDS);
  }

  /** Opens client {@code index} again on its node and team (after {@link BenchClient#close()}). */
  Future<Void> reconnect(int index) {
    return clients.get(index).connect(factory, nodes.get(index), teams.get(index));
  }

  /** Closes every client and waits (bounded) for the closes. */
  void closeAll() {
    List<Future<Void>> closes = new ArrayList<>();
    clients.forEach(c -> closes.add(c.close()));
    try {
      Future.all(closes).await(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      System.err.println("not every client closed in time: " + e);
    }
  }
}

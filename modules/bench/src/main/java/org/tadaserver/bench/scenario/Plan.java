package org.tadaserver.bench.scenario;

import java.util.List;
import org.tadaserver.bench.client.BenchUser;
import org.tadaserver.bench.client.NodeUrl;

/**
 * Who takes part in a messaging run: the clients (each a user on a node), the senders (a client and the JID it writes
 * to) and, for each sender, the client indices its messages must reach.
 */
public record Plan(String team, List<Participant> clients, List<Route> senders) {

  /** Client {@code index} acts as {@code user} on {@code node}. */
  public record Participant(BenchUser user, NodeUrl node) {}

  /** Client {@code client} sends to {@code to}; {@code recipients} are the client indices that must get it. */
  public record Route(int client, String to, int[] recipients) {}

  public Plan {
    clients = List.copyOf(clients);
    senders = List.copyOf(senders);
  }

  int[][] recipients() {
    int[][] out = new int[senders.size()][];
    for (int s = 0; s < senders.size(); s++) {
      out[s] = senders.get(s).recipients();
    }
    return out;
  }
}

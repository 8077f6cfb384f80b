package org.tadaserver.e2e.cluster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fault checker's account of one {@link Conversation}: every message a client sent, and what became of it for
 * every member. Counted per (member, message) pair where a member is concerned.
 *
 * @param sent        distinct message ids the clients tried to send
 * @param confirmed   distinct message ids the server confirmed
 * @param stored      distinct message ids in the group's history afterwards (confirmed, or stored while the confirm
 *                    was lost: both are fine)
 * @param delivered   (member, confirmed message) pairs the member received, live or by catch-up
 * @param lost        (member, confirmed message) pairs the member never received, plus confirmed messages missing
 *                    from the history
 * @param duplicated  (member, message) pairs delivered live more than once, plus history entries beyond the first of
 *                    a message id
 * @param unexpected  message ids received or stored that no client sent
 * @param lostBy      lost pairs by member (client name; "history" for confirmed messages not stored), when any
 */
record Ledger(int sent, int confirmed, int stored, int delivered, int lost, int duplicated, int unexpected,
    Map<String, Integer> lostBy) {

  /** Takes the account after the clients stopped ({@link Conversation#stop()}); reads the history through {@code url}. */
  static Ledger of(Conversation talk, String url) {
    Set<String> sent = new HashSet<>();
    Set<String> confirmed = talk.confirmed();
    talk.clients.forEach(c -> sent.addAll(c.attempted()));
    List<String> history = talk.history(url);
    Map<String, Integer> copies = new HashMap<>();
    history.forEach(id -> copies.merge(id, 1, Integer::sum));
    int lost = (int) confirmed.stream().filter(id -> !copies.containsKey(id)).count();
    int duplicated = history.size() - copies.size();
    Set<String> unexpected = new HashSet<>(copies.keySet());
    Map<String, Integer> lostBy = new java.util.TreeMap<>();
    if (lost > 0) {
      lostBy.put("history", lost);
    }
    int delivered = 0;
    for (ChattingClient c : talk.clients) {
      Set<String> received = c.received();
      for (String id : confirmed) {
        if (received.contains(id)) {
          delivered++;
        } else {
          lost++;
          lostBy.merge(c.name(), 1, Integer::sum);
        }
      }
      duplicated += (int) c.liveDeliveries().values().stream().filter(n -> n > 1).count();
      unexpected.addAll(received);
      unexpected.addAll(c.liveDeliveries().keySet());
    }
    unexpected.removeAll(sent);
    return new Ledger(sent.size(), confirmed.size(), copies.size(), delivered, lost, duplicated, unexpected.size(),
        Map.copyOf(lostBy));
  }

  /** Nothing confirmed went missing, nothing arrived twice, nothing arrived that nobody sent. */
  boolean clean() {
    return lost == 0 && duplicated == 0 && unexpected == 0;
  }

  @Override
  public String toString() {
    return "sent " + sent + ", confirmed " + confirmed + ", stored " + stored + ", delivered " + delivered + ", lost "
        + lost + (lostBy.isEmpty() ? "" : " " + lostBy) + ", duplicated " + duplicated + ", unexpected " + unexpected;
  }
}

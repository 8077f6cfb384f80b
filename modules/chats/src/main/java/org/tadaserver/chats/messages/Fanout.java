package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.bus.Delivery;
import org.tadaserver.directory.model.UnreadViews;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.protocol.event.ServerTeamCounters;
import org.tadaserver.protocol.model.TeamUnread;
import org.tadaserver.store.chat.CounterRepository;
import org.tadaserver.store.chat.UnreadRow;

/**
 * Counters for events and the publishing of events, shared by every chat operation.
 *
 * <p>Usage in a writer: inside the transaction, after the writes, {@link #counters} for every contact the events go to
 * (one aggregate query, whatever their number); build the events with those numbers; after COMMIT,
 * {@link #publish} them. Counters read inside the transaction are exactly the state this commit leaves.
 */
public final class Fanout {
  private static final Logger log = LoggerFactory.getLogger(Fanout.class);
  private final Vertx vertx;

  public Fanout(Vertx vertx) {
    this.vertx = vertx;
  }

  /**
   * {@code team_unread} and {@code badge} (and the other teams' counters) for the users behind {@code contacts} of
   * {@code team}, keyed by contact. Bots and contacts without a live team are absent.
   */
  public static Future<Map<UUID, UserCounters>> counters(SqlClient client, UUID team, Collection<UUID> contacts) {
    return new CounterRepository(client).unread(contacts).map(rows -> assemble(team, rows));
  }

  /** Publishes after commit; deliveries are best effort (clients repair gaps by delta sync). */
  public void publish(List<Delivery> deliveries) {
    publish(() -> deliveries);
  }

  /**
   * Builds the events on a worker thread and publishes them. Called on a verticle's context, publications keep the
   * order of the calls (one ordered queue per context, shared by every {@code Fanout} on it), so an edit can never
   * overtake the creation of its message while that is still being built. Building thousands of personalised events
   * (a batch into a big group) never blocks the event loop.
   */
  public void publish(Supplier<List<Delivery>> build) {
    long committed = Deliveries.nowMicros(); // called right after COMMIT: the start of commit-to-delivery
    vertx.executeBlocking(() -> {
      Deliveries.publish(vertx, build.get(), committed);
      return null;
    }, true).onFailure(e -> log.error("building or publishing events failed; clients will catch up by sync", e));
  }

  /** The Vert.x instance events are published on (the chat meters live in its registry). */
  Vertx vertx() {
    return vertx;
  }

  /** An event for every session of one user in one team. */
  public static Delivery toUser(UUID team, UUID user, Object params) {
    return Delivery.toUser(team, user, Events.toJson(params));
  }

  /**
   * {@code server.team.counters} for the user's sessions in each of their other teams: each gets the counters of all
   * the user's teams but its own, and the badge.
   */
  public static List<Delivery> teamCounters(UserCounters c) {
    List<Delivery> out = new ArrayList<>();
    for (UUID other : c.otherTeams()) {
      out.add(toUser(other, c.user(), new ServerTeamCounters(c.countersSeenFrom(other), c.badge())));
    }
    return out;
  }

  static Map<UUID, UserCounters> assemble(UUID team, List<UnreadRow> rows) {
    Map<UUID, TeamUnread> byContact = UnreadViews.byContact(rows);
    Map<UUID, Map<UUID, TeamUnread>> byUser = new HashMap<>();
    Map<UUID, UUID> contactOfUser = new HashMap<>();
    for (UnreadRow r : rows) {
      byUser.computeIfAbsent(r.user(), u -> new HashMap<>()).put(r.team(), byContact.get(r.contact()));
      if (r.team().equals(team)) {
        contactOfUser.put(r.user(), r.contact());
      }
    }
    Map<UUID, UserCounters> out = new HashMap<>();
    contactOfUser.forEach((user, contact) -> {
      Map<UUID, TeamUnread> teams = byUser.get(user);
      int badge = teams.values().stream().mapToInt(TeamUnread::totalMessages).sum();
      out.put(contact, new UserCounters(user, contact, team, teams.get(team), badge, teams));
    });
    return out;
  }
}

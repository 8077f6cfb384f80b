package org.tadaserver.presence;

import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.bus.Delivery;
import org.tadaserver.directory.Caller;
import org.tadaserver.directory.DirectoryService;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.protocol.event.ServerContactUpdated;
import org.tadaserver.protocol.model.Contact;
import org.tadaserver.protocol.model.ContactBuilder;

/**
 * {@code server.contact.updated} with {@code last_activity} when a contact goes offline, so clients can show "last
 * seen". Sent by one node of the cluster (the presence leader) to the team's online members. A contact looks
 * different to an admin and to a member ({@code can_*} fields, computed by the directory), so the directory is asked
 * for the contact once per team status among the online viewers, and each view goes to the viewers of that status.
 *
 * <p>The time is also stored by the directory first, so contact lists fetched later carry it as well.
 */
final class LastActivityPushes {
  private static final Logger log = LoggerFactory.getLogger(LastActivityPushes.class);
  private final Vertx vertx;
  private final DirectoryService directory;

  LastActivityPushes(Vertx vertx, DirectoryService directory) {
    this.vertx = vertx;
    this.directory = directory;
  }

  /** Tells the online members of {@code team} (in {@code online}) that {@code gone} went offline. */
  void wentOffline(UUID team, ContactState gone, Map<String, ContactState> online) {
    Map<TeamStatus, List<UUID>> viewers = new LinkedHashMap<>();
    for (ContactState viewer : online.values()) {
      if (!viewer.jid().equals(gone.jid())) {
        TeamStatus status = viewer.status() == null ? TeamStatus.MEMBER : viewer.status();
        viewers.computeIfAbsent(status, s -> new ArrayList<>()).add(viewer.user());
      }
    }
    Instant last = Instant.ofEpochMilli(gone.lastActivity());
    // stored before it is pushed, so a viewer who fetches the contact on the push sees the same time
    directory.recordLastActivity(team, gone.jid(), last)
        .onFailure(e -> log.warn("last activity of {} in {} not stored: {}", gone.jid(), team, e.toString()))
        .onComplete(stored -> viewers.forEach((status, users) -> push(team, gone, last, users)));
  }

  private void push(UUID team, ContactState gone, Instant last, List<UUID> users) {
    directory.contact(new Caller(users.get(0), null), team, gone.jid())
        .onSuccess(view -> {
          Contact updated = ContactBuilder.builder(view).lastActivity(last).build();
          String event = Events.toJson(new ServerContactUpdated(List.of(updated)));
          Deliveries.publish(vertx, List.of(new Delivery(team, users, event)));
        })
        .onFailure(e -> log.debug("no last-activity update for {} in {}: {}", gone.jid(), team, e.toString()));
  }
}

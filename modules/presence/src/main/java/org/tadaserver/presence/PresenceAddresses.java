package org.tadaserver.presence;

/**
 * The event-bus addresses of presence. One registration each per node, never one per session or user.
 *
 * <ul>
 *   <li>{@link #SESSIONS}: local only. The gateway of this node tells its presence verticle about its sessions
 *       ({@link SessionEvent}); nothing about single sessions crosses the cluster.</li>
 *   <li>{@link #REPORTS}: published to every presence node. Each node announces what its own sessions add to each
 *       team ({@link ReportBatch}); every node keeps the merged view of all of them.</li>
 *   <li>{@link #CALLS}: published to every presence node by whoever owns call state ({@link CallsUpdate}): the active
 *       calls of a team, shown in {@code server.online.calls}.</li>
 * </ul>
 */
public final class PresenceAddresses {
  public static final String SESSIONS = "tada.presence.sessions";
  public static final String REPORTS = "tada.presence.reports";
  public static final String CALLS = "tada.presence.calls";

  private PresenceAddresses() {}
}

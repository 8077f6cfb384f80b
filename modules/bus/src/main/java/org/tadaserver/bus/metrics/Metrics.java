package org.tadaserver.bus.metrics;

import java.util.List;

/**
 * The names of the server's own meters, in one place for every module, the dashboards, the alerts and their tests.
 * Each constant is the Micrometer name; the Prometheus registry renders it with '_' for '.', the base unit appended
 * (seconds for timers, the declared unit for distributions) and {@code _total} for counters: the rendered name is given
 * in each comment and in {@link #PROMETHEUS}. Every meter is per node; sum them in Prometheus for the cluster.
 *
 * <p>Who records what: the gateway (sessions, teams, deliveries, drops, confirms, warnings), the chats module (messages
 * persisted, send-to-commit, batch sizes), the bus (commit-to-delivery, measured where each node receives a batch),
 * the app (cluster members). Vert.x itself reports the PostgreSQL pool and event-bus pending. Reminders are recorded
 * by the reminds module and calls by the calls module, each registering its meters under these names in
 * {@code Meters.of(vertx)} (a gauge over its own count, a counter incremented where a reminder fires); a node without
 * those modules does not show them, and deploy/grafana and deploy/prometheus already query them.
 */
public final class Metrics {
  /** Gauge {@code tada_gateway_sessions}: open WebSocket sessions on this node. */
  public static final String SESSIONS = "tada.gateway.sessions";
  /** Gauge {@code tada_gateway_teams}: teams with at least one open session on this node. */
  public static final String SESSION_TEAMS = "tada.gateway.teams";
  /** Counter {@code tada_gateway_deliveries_total}: committed events written to sessions (one per session). */
  public static final String DELIVERIES = "tada.gateway.deliveries";
  /**
   * Counter {@code tada_gateway_outbound_drops_total}: sessions dropped (closed 1008) because they did not read their
   * events: the outbound queue overflowed or stalled. What was queued for them is lost; the client catches up.
   */
  public static final String OUTBOUND_DROPS = "tada.gateway.outbound.drops";
  /** Counter {@code tada_gateway_confirms_total}: {@code server.confirm} events sent. */
  public static final String CONFIRMS = "tada.gateway.confirms";
  /** Counter {@code tada_gateway_warnings_total{reason}}: {@code server.warning} events sent, by {@link #REASON}. */
  public static final String WARNINGS = "tada.gateway.warnings";
  /**
   * The tag of {@link #WARNINGS}: an {@code ApiError} code in lower case, or malformed, invalid_event, invalid_params,
   * internal.
   */
  public static final String REASON = "reason";
  /** Counter {@code tada_messages_persisted_total}: new messages committed (resends and edits not counted). */
  public static final String MESSAGES_PERSISTED = "tada.messages.persisted";
  /** Timer {@code tada_send_to_commit_seconds}: from the chat service receiving a send to its commit. */
  public static final String SEND_TO_COMMIT = "tada.send.to.commit";
  /** Timer {@code tada_commit_to_delivery_seconds}: from a commit to its events written to this node's sessions. */
  public static final String COMMIT_TO_DELIVERY = "tada.commit.to.delivery";
  /** Distribution {@code tada_send_batch_messages}: sends written per group-commit transaction. */
  public static final String SEND_BATCH = "tada.send.batch";
  /** The unit of {@link #SEND_BATCH}. */
  public static final String MESSAGES_UNIT = "messages";
  /** Gauge {@code tada_cluster_members}: Hazelcast members this node sees (1 when standalone). */
  public static final String CLUSTER_MEMBERS = "tada.cluster.members";
  /** Vert.x's gauge of pool resources in use; with {@code pool_type="sql"}: PostgreSQL connections lent out. */
  public static final String POOL_IN_USE = "vertx_pool_in_use";
  /** Vert.x's gauge of requests waiting for a pool resource; {@code pool_type="sql"}: waiting for a connection. */
  public static final String POOL_WAITING = "vertx_pool_queue_pending";
  /** Vert.x's gauge of in use / maximum; {@code pool_type="sql"}: 1 means every connection is lent out. */
  public static final String POOL_RATIO = "vertx_pool_ratio";
  /** The tag value that selects the PostgreSQL pool among Vert.x's pools ({@code pool_type}). */
  public static final String SQL_POOL = "sql";
  /** Gauge {@code tada_reminders_due}: reminders whose time has come and that are not fired yet (reminds module). */
  public static final String REMINDERS_DUE = "tada.reminders.due";
  /** Counter {@code tada_reminders_fired_total}: reminders fired (reminds module). */
  public static final String REMINDERS_FIRED = "tada.reminders.fired";
  /** Gauge {@code tada_calls_active}: calls in progress owned by this node (calls module). */
  public static final String CALLS_ACTIVE = "tada.calls.active";
  /** Vert.x's gauge of event-bus messages received but not yet handled, by address and side. */
  public static final String EVENTBUS_PENDING = "vertx_eventbus_pending";

  /** The Prometheus names every node with the gateway, chats and directory roles exposes. */
  public static final List<String> PROMETHEUS = List.of(
      "tada_gateway_sessions", "tada_gateway_teams", "tada_gateway_deliveries_total",
      "tada_gateway_outbound_drops_total", "tada_gateway_confirms_total", "tada_gateway_warnings_total",
      "tada_messages_persisted_total", "tada_send_to_commit_seconds", "tada_commit_to_delivery_seconds",
      "tada_send_batch_messages", "tada_cluster_members", POOL_IN_USE, POOL_WAITING, POOL_RATIO, EVENTBUS_PENDING);

  /** The Prometheus names recorded by the reminds and calls modules, present only on nodes running them. */
  public static final List<String> PROMETHEUS_OTHER_MODULES = List.of(
      "tada_reminders_due", "tada_reminders_fired_total", "tada_calls_active");

  private Metrics() {}
}

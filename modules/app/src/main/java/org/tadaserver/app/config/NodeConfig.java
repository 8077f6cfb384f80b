package org.tadaserver.app.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Set;
import org.tadaserver.app.cluster.ClusterConfig;
import org.tadaserver.app.cluster.Role;
import org.tadaserver.calls.CallsConfig;
import org.tadaserver.gateway.GatewayConfig;
import org.tadaserver.gateway.limits.ClientAddress;
import org.tadaserver.gateway.limits.OriginPolicy;
import org.tadaserver.presence.PresenceConfig;
import org.tadaserver.protocol.Limits;
import org.tadaserver.store.db.DatabaseConfig;

/**
 * The typed settings of one node, read once at start from {@link Settings}.
 *
 * @param pgUrl an external PostgreSQL; empty means the embedded one in {@code dataDir}
 * @param pgEmbeddedDurable an embedded server this node starts syncs every commit to disk (off only for tests)
 * @param nodeId this node's name in logs
 * @param roles what this node runs
 * @param cluster whether and how it joins a cluster
 * @param presence timing of presence (with the gateway's afk_age)
 * @param calls call signalling (off without a Janus URL)
 */
public record NodeConfig(
    GatewayConfig gateway, Path dataDir, String pgUrl, int pgPoolSize, boolean pgEmbeddedDurable, String logFormat,
    String logLevel, String nodeId, Set<Role> roles, ClusterConfig cluster, PresenceConfig presence,
    CallsConfig calls) {

  public static NodeConfig from(Settings s) {
    Limits limits = new Limits(
        s.integer("limits.max_message_length"),
        s.integer("limits.max_linked_messages"),
        s.integer("limits.max_message_uploads"),
        s.integer("limits.max_upload_mb"),
        s.integer("limits.max_group_title_length"),
        s.integer("limits.max_task_title_length"),
        s.integer("limits.max_team_title_length"),
        s.integer("limits.max_section_length"),
        s.integer("limits.max_project_length"),
        s.integer("limits.max_tag_length"),
        s.integer("limits.max_role_length"),
        s.integer("limits.max_mood_length"),
        s.integer("limits.max_username_part_length"),
        s.integer("limits.max_url_length"),
        s.integer("limits.max_teams"),
        s.integer("limits.min_search_length"),
        s.integer("limits.max_message_search_limit"),
        s.integer("limits.afk_age"),
        s.integer("limits.resend_timeout"));
    GatewayConfig gateway = new GatewayConfig(
        s.string("http.host"),
        s.integer("http.port"),
        s.string("http.public_url"),
        s.integer("gateway.max_frame_bytes"),
        s.integer("gateway.max_body_bytes"),
        s.integer("gateway.outbound_queue_frames"),
        limits,
        RateLimitSettings.from(s),
        ClientAddress.trusting(s.string("gateway.trusted_proxies")),
        OriginPolicy.parse(s.string("gateway.allowed_origins")));
    return new NodeConfig(
        gateway,
        Path.of(s.string("data_dir")),
        s.string("pg_url").trim(),
        s.integer("pg_pool_size"),
        s.bool("pg_embedded_durable"),
        s.string("log.format"),
        s.string("log.level"),
        nodeId(s.string("node_id")),
        Role.parse(s.string("roles")),
        cluster(s),
        new PresenceConfig(
            s.integer("presence.online_interval_ms"),
            s.integer("presence.coalesce_ms"),
            s.integer("presence.resync_interval_ms"),
            limits.afkAgeSeconds()),
        new CallsConfig(
            s.string("calls.janus_url"),
            CallsConfig.parseIceServers(s.string("calls.ice_servers")),
            s.integer("calls.max_participants"),
            s.integer("calls.buzz_timeout"),
            s.bool("calls.mobile_calls")));
  }

  private static ClusterConfig cluster(Settings s) {
    String file = s.string("cluster.config").trim();
    return new ClusterConfig(
        s.bool("cluster.enabled"),
        s.string("cluster.name").trim(),
        file.isEmpty() ? null : Path.of(file),
        s.string("cluster.host"),
        s.integer("cluster.port"),
        ClusterConfig.parseMembers(s.string("cluster.members")),
        s.integer("cluster.port_try_count"),
        s.integer("cluster.heartbeat_timeout_s"),
        s.integer("cluster.bus_port"));
  }

  private static String nodeId(String configured) {
    if (!configured.isBlank()) {
      return configured.trim();
    }
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "node";
    }
    return host + "-" + ProcessHandle.current().pid();
  }

  /** Whether this node runs {@code role}. */
  public boolean runs(Role role) {
    return roles.contains(role);
  }

  /** How this node (or the admin CLI, with its own pool size) reaches its database. */
  public DatabaseConfig database(int poolSize) {
    return new DatabaseConfig(pgUrl, dataDir, poolSize, 0, pgEmbeddedDurable);
  }

  public static NodeConfig fromEnvironment() {
    return from(Settings.load(System.getenv()));
  }
}

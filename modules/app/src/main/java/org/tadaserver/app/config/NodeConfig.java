package org.tadaserver.app.config;

import java.nio.file.Path;
import org.tadaserver.gateway.GatewayConfig;
import org.tadaserver.protocol.Limits;
import org.tadaserver.store.db.DatabaseConfig;

/**
 * The typed settings of one node, read once at start from {@link Settings}.
 *
 * @param pgUrl an external PostgreSQL; empty means the embedded one in {@code dataDir}
 * @param pgEmbeddedDurable an embedded server this node starts syncs every commit to disk (off only for tests)
 */
public record NodeConfig(
    GatewayConfig gateway, Path dataDir, String pgUrl, int pgPoolSize, boolean pgEmbeddedDurable, String logFormat,
    String logLevel) {

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
        limits);
    return new NodeConfig(
        gateway,
        Path.of(s.string("data_dir")),
        s.string("pg_url").trim(),
        s.integer("pg_pool_size"),
        s.bool("pg_embedded_durable"),
        s.string("log.format"),
        s.string("log.level"));
  }

  /** How this node (or the admin CLI, with its own pool size) reaches its database. */
  public DatabaseConfig database(int poolSize) {
    return new DatabaseConfig(pgUrl, dataDir, poolSize, 0, pgEmbeddedDurable);
  }

  public static NodeConfig fromEnvironment() {
    return from(Settings.load(System.getenv()));
  }
}

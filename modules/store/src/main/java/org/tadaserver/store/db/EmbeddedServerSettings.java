package org.tadaserver.store.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The server and initdb settings of an embedded cluster. */
final class EmbeddedServerSettings {
  private EmbeddedServerSettings() {}

  static void apply(EmbeddedPostgres.Builder builder, boolean durable) {
    // Unicode-aware lower()/upper() (case-insensitive names in any script) and code-point order that does not depend
    // on the host's locales; applies when initdb creates the cluster (PostgreSQL 17+ binaries).
    builder.setLocaleConfig("locale-provider", "builtin");
    builder.setLocaleConfig("builtin-locale", "C.UTF-8");
    // TCP on loopback only; no Unix socket file in a shared directory.
    builder.setServerConfig("listen_addresses", "localhost");
    builder.setServerConfig("unix_socket_directories", "");
    // The server is a daemon that can outlive the JVM that started it, so it logs to files in its own directory:
    // one per weekday, overwritten a week later.
    builder.setServerConfig("logging_collector", "on");
    builder.setServerConfig("log_directory", "log");
    builder.setServerConfig("log_filename", "postgresql-%a.log");
    builder.setServerConfig("log_truncate_on_rotation", "on");
    builder.setServerConfig("log_rotation_age", "1d");
    builder.setServerConfig("log_rotation_size", "0");
    // zonky passes -F (fsync off) and synchronous_commit=off, fine for tests but a confirmed commit must survive a
    // crash in production. These -c options come after -F on the command line and win.
    String on = durable ? "on" : "off";
    builder.setServerConfig("fsync", on);
    builder.setServerConfig("synchronous_commit", on);
    builder.setServerConfig("full_page_writes", on);
  }
}

package org.tadaserver.bench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every scenario shares: where the server is, how to reach its database for set-up, what to compare. */
public final class TargetOptions {
  @Option(names = "--url", split = ",", paramLabel = "URL", defaultValue = "http://127.0.0.1:8000",
      description = "Server node(s), comma separated (default: ${DEFAULT-VALUE}).")
  List<String> urls = new ArrayList<>();

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "The node's data directory, for set-up in its embedded database (default: TADA_DATA_DIR or"
          + " ./data).")
  Path dataDir;

  @Option(names = "--pg-url", paramLabel = "URL",
      description = "The nodes' external PostgreSQL (default: TADA_PG_URL).")
  String pgUrl;

  @Option(names = "--fixture", paramLabel = "FILE",
      description = "Reuse the team and users saved in FILE (written on first use); saves hashing thousands of"
          + " passwords.")
  Path fixture;

  @Option(names = "--targets", split = ",", defaultValue = "tada,relay",
      description = "What to run against, in order: tada (the server), relay (the baseline) (default:"
          + " ${DEFAULT-VALUE}).")
  List<String> targets = new ArrayList<>();

  @Option(names = "--relay-in-process", description = "Run the baseline relay inside the generator's JVM (tests).")
  boolean relayInProcess;

  @Option(names = "--relay-event-loops", defaultValue = "2",
      description = "Event loops of the relay (default: ${DEFAULT-VALUE}).")
  int relayEventLoops;

  @Option(names = "--event-loops", defaultValue = "2",
      description = "Event loops of the generator (default: ${DEFAULT-VALUE}).")
  int eventLoops;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "bench-results",
      description = "Where each run's directory (result.json, latency.png) goes (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--profile",
      description = "Profile the server nodes on this machine with JFR over the measured window (direct, group,"
          + " cross-node).")
  boolean profile;

  @Option(names = "--progress-every", defaultValue = "2", paramLabel = "S",
      description = "Seconds between progress lines (default: ${DEFAULT-VALUE}).")
  double progressEvery;

  /** Settings overrides for the set-up database, in the node's configuration keys. */
  Map<String, Object> databaseOverrides() {
    Map<String, Object> o = new java.util.HashMap<>();
    if (dataDir != null) {
      o.put("data_dir", dataDir.toString());
    }
    if (pgUrl != null) {
      o.put("pg_url", pgUrl);
    }
    return o;
  }
}

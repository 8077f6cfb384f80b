package org.tadaserver.app;

import java.util.Arrays;
import org.tadaserver.app.config.NodeConfig;
import org.tadaserver.app.config.Settings;

/**
 * {@code java -jar tada-server.jar} starts a node; {@code java -jar tada-server.jar admin <command> ...} runs one admin
 * command against the same configuration (see {@link AdminCli}).
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    NodeConfig config;
    try {
      config = NodeConfig.from(Settings.load(System.getenv()));
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("configuration error: " + e.getMessage());
      System.exit(2);
      return;
    }
    // Read by logback.xml; must be set before the first logger exists.
    System.setProperty("TADA_LOG_FORMAT", config.logFormat());
    System.setProperty("TADA_LOG_LEVEL", config.logLevel());
    System.setProperty("hazelcast.logging.type", "slf4j");
    System.setProperty("vertx.logger-delegate-factory-class-name", "io.vertx.core.logging.SLF4JLogDelegateFactory");
    if (args.length > 0 && args[0].equals("admin")) {
      System.setProperty("TADA_LOG_TARGET", "System.err");
      System.exit(AdminCli.run(config, Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
    }
    NodeLauncher.run(config);
  }
}

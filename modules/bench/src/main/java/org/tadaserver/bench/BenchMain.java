package org.tadaserver.bench;

import org.tadaserver.bench.cli.BenchCommand;
import picocli.CommandLine;

/** {@code java -jar tada-bench.jar <scenario> [options]}; {@code --help} lists the scenarios. */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) {
    // Read by the server modules' logback.xml: set-up logs go to stderr, plain, warnings only.
    System.setProperty("TADA_LOG_TARGET", "System.err");
    System.setProperty("TADA_LOG_FORMAT", "plain");
    System.setProperty("TADA_LOG_LEVEL", "WARN");
    System.setProperty("java.awt.headless", "true");
    System.setProperty("vertx.logger-delegate-factory-class-name", "io.vertx.core.logging.SLF4JLogDelegateFactory");
    System.exit(BenchCommand.commandLine().execute(args));
  }
}

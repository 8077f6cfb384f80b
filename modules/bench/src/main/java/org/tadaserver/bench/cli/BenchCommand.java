package org.tadaserver.bench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "tada-bench", mixinStandardHelpOptions = true,
    description = "Load generator for tada-server. Each scenario runs against the server (--url) and the baseline"
        + " relay,"
        + " prints its numbers with the ratio to the baseline, and writes result.json and latency.png under --out.",
    subcommands = {DirectCommand.class, GroupCommand.class, IdleCommand.class, ReconnectCommand.class,
        CrossNodeCommand.class, StartupCommand.class, SoakCommand.class, RelayCommand.class})
public final class BenchCommand implements Runnable {
  @Override
  public void run() {
    CommandLine.usage(this, System.err);
  }

  /** The command line with every scenario, as {@code BenchMain} runs it (tests call it the same way). */
  public static CommandLine commandLine() {
    return new CommandLine(new BenchCommand());
  }
}

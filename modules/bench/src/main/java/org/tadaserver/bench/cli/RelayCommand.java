package org.tadaserver.bench.cli;

import java.util.concurrent.Callable;
import org.tadaserver.bench.relay.Relay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "relay", mixinStandardHelpOptions = true,
    description = "Run the baseline relay alone (no auth, no database) until killed, e.g. to point another client"
        + " at it.")
final class RelayCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "0", description = "Port on 127.0.0.1 (default: a free one).")
  int port;

  @Option(names = "--event-loops", defaultValue = "2", description = "Event loops (default: ${DEFAULT-VALUE}).")
  int eventLoops;

  @Override
  public Integer call() throws Exception {
    Relay relay = Relay.start("127.0.0.1", port, eventLoops);
    System.out.println("relay listening on " + relay.port());
    Runtime.getRuntime().addShutdownHook(new Thread(relay::close, "relay-shutdown"));
    Thread.currentThread().join();
    return 0;
  }
}

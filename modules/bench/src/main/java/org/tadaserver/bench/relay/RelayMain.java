package org.tadaserver.bench.relay;

/**
 * {@code java -cp tada-bench.jar org.tadaserver.bench.relay.RelayMain [port] [eventLoops]}: runs the baseline relay on
 * 127.0.0.1 until killed, and prints {@code relay listening on <port>} on stdout once it accepts connections (the
 * generator waits for that line).
 */
public final class RelayMain {
  private RelayMain() {}

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    int loops = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    Relay relay = Relay.start("127.0.0.1", port, loops);
    Runtime.getRuntime().addShutdownHook(new Thread(relay::close, "relay-shutdown"));
    System.out.println("relay listening on " + relay.port());
    System.out.flush();
    Thread.currentThread().join();
  }
}

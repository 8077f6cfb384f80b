package org.tadaserver.bench.client;

/** What a scenario does with the events of its clients; called on the client's event loop. */
public interface ClientListener {
  /** A server event, already answered with {@code client.confirm} if it asked for one. */
  void onEvent(BenchClient client, Inbound event, long nowNanos);

  /** The socket closed without the generator asking for it. */
  default void onUnexpectedClose(BenchClient client) {}
}

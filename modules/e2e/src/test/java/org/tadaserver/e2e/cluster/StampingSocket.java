package org.tadaserver.e2e.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.tadaserver.protocol.Wire;

/**
 * A bare WebSocket client that stamps each {@code bench.hop} event with its arrival time ({@code System.nanoTime},
 * the clock the publisher used in the same JVM) and checks that sequence numbers arrive in order, once each.
 */
final class StampingSocket implements WebSocket.Listener, AutoCloseable {
  private final long[] latencies;
  private final CompletableFuture<Percentiles> complete = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private int expected;
  private WebSocket socket;
  /** One client per socket, so that neither socket's frames wait behind the other's in the client. */
  private final HttpClient http = HttpClient.newHttpClient();

  private StampingSocket(int count) {
    this.latencies = new long[count];
  }

  static StampingSocket open(String url, String token, int count) throws Exception {
    StampingSocket listener = new StampingSocket(count);
    listener.socket = listener.http.newWebSocketBuilder().header("token", token)
        .buildAsync(URI.create(url), listener).get(10, TimeUnit.SECONDS);
    return listener;
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    long now = System.nanoTime();
    partial.append(data);
    if (last) {
      onEvent(partial.toString(), now);
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  private void onEvent(String text, long now) {
    try {
      JsonNode event = Wire.mapper().readTree(text);
      if (!"bench.hop".equals(event.path("event").asText())) {
        return;
      }
      int seq = event.path("params").path("seq").asInt();
      if (seq != expected) {
        complete.completeExceptionally(new AssertionError("got " + seq + " expecting " + expected));
        return;
      }
      latencies[expected++] = now - event.path("params").path("t").asLong();
      if (expected == latencies.length) {
        complete.complete(Percentiles.ofNanos(latencies));
      }
    } catch (Exception e) {
      complete.completeExceptionally(e);
    }
  }

  Percentiles await(Duration timeout) throws Exception {
    try {
      return complete.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("only " + expected + " of " + latencies.length + " events arrived");
    }
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
  }
}

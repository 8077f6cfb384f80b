package org.tadaserver.testkit.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Receives frames for a {@link TadaSocket}: joins fragments, parses each message as JSON (text and binary alike), and
 * reports how the connection ended. Reading is demand-driven (one message at a time), which is what lets a test stop
 * reading and leave the server's frames in TCP.
 */
final class SocketListener implements WebSocket.Listener {
  private final Consumer<JsonNode> events;
  private final Consumer<CloseStatus> ended;
  private final AtomicInteger binaryMessages = new AtomicInteger();
  private final StringBuilder text = new StringBuilder();
  private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
  private volatile WebSocket socket;
  private boolean paused;
  private boolean starved;

  SocketListener(Consumer<JsonNode> events, Consumer<CloseStatus> ended) {
    this.events = events;
    this.ended = ended;
  }

  WebSocket socket() {
    return socket;
  }

  int binaryMessages() {
    return binaryMessages.get();
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    socket = webSocket;
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    text.append(data);
    if (last) {
      String message = text.toString();
      text.setLength(0);
      events.accept(TadaSocket.json(message));
    }
    next(webSocket);
    return null;
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    byte[] bytes = new byte[data.remaining()];
    data.get(bytes);
    binary.writeBytes(bytes);
    if (last) {
      binaryMessages.incrementAndGet();
      String message = binary.toString(StandardCharsets.UTF_8);
      binary.reset();
      events.accept(TadaSocket.json(message));
    }
    next(webSocket);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    ended.accept(new CloseStatus(statusCode, reason));
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    ended.accept(new CloseStatus(CloseStatus.ABNORMAL, error.toString()));
  }

  synchronized void pause() {
    paused = true;
  }

  synchronized void resume() {
    paused = false;
    if (starved) {
      starved = false;
      socket.request(1);
    }
  }

  /** Drops the connection without a close handshake. */
  void abort() {
    WebSocket current = socket;
    if (current != null) {
      current.abort();
    }
  }

  private synchronized void next(WebSocket webSocket) {
    if (paused) {
      starved = true;
    } else {
      webSocket.request(1);
    }
  }
}

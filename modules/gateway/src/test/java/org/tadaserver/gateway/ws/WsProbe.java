package org.tadaserver.gateway.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.http.WebSocketFrame;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.tadaserver.protocol.Wire;

/**
 * A minimal blocking WebSocket client for these tests (the testkit's TadaClient lives downstream of the gateway). It
 * keeps every text message the server sends, counts binary ones (there must be none), and records the close code.
 */
final class WsProbe {
  static final long WAIT_MS = 5_000;
  private final WebSocket socket;
  private final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
  private final AtomicInteger binaryMessages = new AtomicInteger();
  private final Promise<Short> closed = Promise.promise();

  private WsProbe(WebSocket socket) {
    this.socket = socket;
    socket.textMessageHandler(text -> inbox.add(parse(text)));
    socket.binaryMessageHandler(data -> binaryMessages.incrementAndGet());
    socket.closeHandler(v -> closed.tryComplete(socket.closeStatusCode()));
  }

  /** Handlers are set in the connect callback, on the event loop, so not even the first frame can slip past them. */
  static WsProbe connect(WebSocketClient client, WebSocketConnectOptions options) {
    return WsFixture.await(client.connect(options).map(WsProbe::new));
  }

  void send(String text) {
    WsFixture.await(socket.writeTextMessage(text));
  }

  /** Queues a message without waiting for it to be written (the server may not be reading). */
  void sendNoWait(String text) {
    socket.writeTextMessage(text);
  }

  void sendBinary(String text) {
    WsFixture.await(socket.writeBinaryMessage(Buffer.buffer(text)));
  }

  void sendFrame(WebSocketFrame frame) {
    WsFixture.await(socket.writeFrame(frame));
  }

  /** The next message, whatever it is. */
  JsonNode next() {
    try {
      JsonNode message = inbox.poll(WAIT_MS, TimeUnit.MILLISECONDS);
      if (message == null) {
        fail("no message within " + WAIT_MS + " ms");
      }
      return message;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The next message, which must be {@code event}. */
  JsonNode expect(String event) {
    JsonNode message = next();
    assertEquals(event, message.path("event").asText(), () -> "unexpected message " + message);
    return message;
  }

  /** Asserts that nothing arrives for a while. */
  void expectNothing(long millis) {
    try {
      JsonNode message = inbox.poll(millis, TimeUnit.MILLISECONDS);
      assertNull(message, () -> "unexpected message " + message);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Sends a ping and waits for its confirm; proves the connection is usable. */
  void roundTrip(String confirmId) {
    send("{\"event\":\"client.ping\",\"confirm_id\":\"" + confirmId + "\"}");
    assertEquals(confirmId, expect("server.confirm").path("params").path("confirm_id").asText());
  }

  /** The close code the server sent (null when the connection dropped without a close frame). */
  Short awaitClose() {
    return WsFixture.await(closed.future());
  }

  boolean isClosed() {
    return closed.future().isComplete();
  }

  /** Closes from the client side with {@code code} and returns the code of the server's reply. */
  Short close(short code) {
    WsFixture.await(socket.close(code, "bye"));
    return awaitClose();
  }

  void pause() {
    socket.pause();
  }

  void resume() {
    socket.resume();
  }

  int binaryMessages() {
    return binaryMessages.get();
  }

  /** Drains what arrived so far, counting it. */
  int drainCount() {
    int count = inbox.size();
    inbox.clear();
    return count;
  }

  private static JsonNode parse(String text) {
    try {
      return Wire.mapper().readTree(text);
    } catch (Exception e) {
      throw new AssertionError("server sent invalid JSON: " + text, e);
    }
  }
}

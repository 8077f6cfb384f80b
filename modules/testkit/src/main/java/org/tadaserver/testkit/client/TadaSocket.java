package org.tadaserver.testkit.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import org.tadaserver.protocol.Wire;

/**
 * One WebSocket session of the protocol client, blocking and made for tests. Every event the server sends is kept
 * ({@link #received}); {@link #await} takes the first matching one and leaves the others for later awaits, so a test
 * can wait for events in any order. Sends are serialised (java.net.http allows one outstanding send) and wait until
 * written. Like tdclient, server events with a confirm_id are answered with {@code client.confirm} unless the options
 * say otherwise.
 */
public final class TadaSocket implements AutoCloseable {
  /** tdclient's {@code WaitFor} limit. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);
  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final SecureRandom RANDOM = new SecureRandom();
  private final SocketOptions options;
  private final Inbox inbox = new Inbox();
  private final SocketListener listener;
  private final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
  private CompletableFuture<?> sends = CompletableFuture.completedFuture(null);

  private TadaSocket(SocketOptions options) {
    this.options = options;
    this.listener = new SocketListener(this::received, status -> {
      closed.complete(status);
      inbox.close();
    });
  }

  /**
   * Opens a socket.
   *
   * @throws UpgradeRefused when the server answers the upgrade with an HTTP error
   */
  public static TadaSocket open(HttpClient http, URI uri, Map<String, String> headers, SocketOptions options) {
    TadaSocket socket = new TadaSocket(options);
    WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(DEFAULT_WAIT);
    headers.forEach(builder::header);
    try {
      builder.buildAsync(uri, socket.listener).get(DEFAULT_WAIT.toSeconds() + 5, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof WebSocketHandshakeException refused) {
        Object body = refused.getResponse().body();
        throw new UpgradeRefused(RestResponse.of(refused.getResponse().statusCode(), body == null ? "" : body.toString()));
      }
      throw new IllegalStateException("cannot open " + uri, e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new IllegalStateException("cannot open " + uri, e);
    }
    return socket;
  }

  /** Sends an event with a fresh confirm_id (12 characters of [0-9A-Za-z], like tdproto) and returns the id. */
  public String send(String event, Object params) {
    String confirmId = newConfirmId();
    send(event, params, confirmId);
    return confirmId;
  }

  /** Sends an event; {@code params} null leaves the key out, {@code confirmId} null too. */
  public void send(String event, Object params, String confirmId) {
    ObjectNode envelope = Wire.mapper().createObjectNode().put("event", event);
    if (params != null) {
      envelope.set("params", Wire.mapper().valueToTree(params));
    }
    if (confirmId != null) {
      envelope.put("confirm_id", confirmId);
    }
    sendRaw(envelope.toString());
  }

  /** Sends text as it is, in a frame of the socket's kind (binary when the options say so). */
  public void sendRaw(String text) {
    if (options.binaryFrames()) {
      sendRawBinary(text);
    } else {
      sendRawText(text);
    }
  }

  /**
   * Queues text without waiting for it to be written: for flooding a server that may stop reading. Later sends wait
   * behind it.
   */
  public CompletableFuture<?> sendRawNoWait(String text) {
    return enqueue(ws -> options.binaryFrames()
        ? ws.sendBinary(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), true)
        : ws.sendText(text, true));
  }

  public void sendRawText(String text) {
    await(enqueue(ws -> ws.sendText(text, true)));
  }

  public void sendRawBinary(String text) {
    await(enqueue(ws -> ws.sendBinary(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), true)));
  }

  /** The first pending {@code event} that matches, waiting up to {@code timeout}; fails the test otherwise. */
  public JsonNode await(String event, Predicate<JsonNode> match, Duration timeout) {
    try {
      JsonNode found = inbox.take(e -> event.equals(e.path("event").asText()) && match.test(e), timeout);
      if (found == null) {
        throw new AssertionError("no " + event + " within " + timeout + (closed.isDone() ? " (socket closed: "
            + closed.join() + ")" : "") + "; pending: " + inbox.pending());
      }
      return found;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + event, e);
    }
  }

  public JsonNode await(String event) {
    return await(event, e -> true, DEFAULT_WAIT);
  }

  /** The {@code server.confirm} of a sent event. */
  public JsonNode awaitConfirm(String confirmId) {
    return await("server.confirm", e -> confirmId.equals(e.path("params").path("confirm_id").asText()), DEFAULT_WAIT);
  }

  /** The next {@code server.warning}; its {@code params.message} says what was wrong. */
  public JsonNode awaitWarning() {
    return await("server.warning");
  }

  /** Fails if an {@code event} arrives (or is pending) within {@code wait}. */
  public void expectNone(String event, Duration wait) {
    try {
      JsonNode found = inbox.take(e -> event.equals(e.path("event").asText()), wait);
      if (found != null) {
        throw new AssertionError("unexpected " + found);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Removes and returns the events not taken by an await yet. */
  public List<JsonNode> drain() {
    return inbox.drain();
  }

  /** Every event received so far, taken or not, in arrival order. */
  public List<JsonNode> received() {
    return inbox.all();
  }

  /** Binary frames received; the server must send text frames only. */
  public int binaryFramesReceived() {
    return listener.binaryMessages();
  }

  /** Stops reading from the network (the server's frames back up in TCP); see {@link #resumeReading}. */
  public void pauseReading() {
    listener.pause();
  }

  public void resumeReading() {
    listener.resume();
  }

  public boolean isOpen() {
    return !closed.isDone();
  }

  /** Waits for the server to end the connection. */
  public CloseStatus awaitClosed(Duration timeout) {
    try {
      return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("socket still open after " + timeout);
    } catch (InterruptedException | ExecutionException e) {
      throw new AssertionError(e);
    }
  }

  /** Sends a close frame with {@code code} and returns how the server answered (its close code, or 1006). */
  public CloseStatus closeHandshake(int code) {
    await(enqueue(ws -> ws.sendClose(code, "tadaclient closing")));
    return awaitClosed(DEFAULT_WAIT);
  }

  /** Closes with 1000 if still open, dropping the connection if the server does not answer. */
  @Override
  public void close() {
    if (isOpen()) {
      try {
        closeHandshake(WebSocket.NORMAL_CLOSURE);
      } catch (RuntimeException | AssertionError e) {
        listener.abort();
      }
    }
  }

  private void received(JsonNode event) {
    inbox.add(event);
    String confirmId = event.path("confirm_id").asText("");
    if (options.autoConfirm() && !confirmId.isEmpty()) {
      ObjectNode confirm = Wire.mapper().createObjectNode().put("event", "client.confirm");
      confirm.putObject("params").put("confirm_id", confirmId);
      sendRawNoWait(confirm.toString());
    }
  }

  private synchronized CompletableFuture<?> enqueue(Function<WebSocket, CompletableFuture<WebSocket>> send) {
    sends = sends.handle((r, e) -> null).thenCompose(v -> send.apply(listener.socket()));
    return sends;
  }

  private static void await(CompletableFuture<?> sent) {
    try {
      sent.get(DEFAULT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("send failed", e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new IllegalStateException("send did not complete", e);
    }
  }

  static String newConfirmId() {
    StringBuilder id = new StringBuilder(12);
    for (int i = 0; i < 12; i++) {
      id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }

  static JsonNode json(String text) {
    try {
      return text.isEmpty() ? TextNode.valueOf("") : Wire.mapper().readTree(text);
    } catch (Exception e) {
      return TextNode.valueOf(text);
    }
  }
}

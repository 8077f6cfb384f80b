package org.tadaserver.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.buffer.Unpooled;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.tadaserver.e2e.fuzz.FuzzFrame.Expect;
import org.tadaserver.protocol.Wire;

/**
 * One fuzzing WebSocket session, driven from its own thread: it sends frames in batches and, after each batch, waits
 * until every frame got what {@link Expect} says it is owed, counting what is missing or extra as a finding. A frame
 * that ends the session ({@link Expect#closes()}) is sent alone once its batch is settled; the close code is checked
 * and a new session is opened. The socket is read on a Vert.x event loop; the books are kept under this object's lock.
 */
final class FuzzSession {
  private static final long SETTLE_MS = 30_000;
  private final WebSocketClient client;
  private final WebSocketConnectOptions options;
  private final FrameMutator mutator;
  private final FuzzTally tally;
  private final Set<String> pendingConfirms = new HashSet<>();
  private final Set<String> pendingWarnings = new HashSet<>();
  private long rawExpected;
  private long rawReceived;
  private volatile WebSocket socket;
  private Integer closeCode;

  FuzzSession(WebSocketClient client, WebSocketConnectOptions options, FrameMutator mutator, FuzzTally tally) {
    this.client = client;
    this.options = options;
    this.mutator = mutator;
    this.tally = tally;
  }

  /**
   * Sends {@code frames} frames in batches of {@code batch}; 1 in {@code closeEvery} may end the session. Stops early,
   * after a settled batch, once {@code System.nanoTime()} passes {@code deadline}.
   */
  void run(long frames, int batch, int closeEvery, long deadline) throws InterruptedException {
    connect();
    long sent = 0;
    while (sent < frames && System.nanoTime() - deadline < 0) {
      FuzzFrame terminal = null;
      int inBatch = 0;
      while (inBatch < batch && sent < frames) {
        FuzzFrame frame = mutator.next(true, closeEvery);
        sent++;
        if (frame.expect().closes()) {
          terminal = frame;
          break;
        }
        send(frame);
        inBatch++;
      }
      settle();
      if (terminal != null) {
        endWith(terminal);
        connect();
      }
    }
    settle();
    await(socket.close());
  }

  private void connect() {
    synchronized (this) {
      closeCode = null;
      rawExpected = 0;
      rawReceived = 0;
      pendingConfirms.clear();
      pendingWarnings.clear();
    }
    WebSocket ws = await(client.connect(options));
    synchronized (this) {
      socket = ws;
    }
    ws.textMessageHandler(this::onText);
    ws.closeHandler(v -> onClose(ws, ws.closeStatusCode()));
  }

  private void send(FuzzFrame frame) {
    synchronized (this) {
      switch (frame.expect()) {
        case CONFIRM -> pendingConfirms.add(frame.confirmId());
        case WARN_TAGGED -> pendingWarnings.add(frame.tag());
        case WARN_RAW -> rawExpected++;
        default -> { }
      }
    }
    tally.sent(frame);
    write(frame);
  }

  private void write(FuzzFrame frame) {
    byte[] data = frame.data();
    int parts = Math.min(frame.fragments(), Math.max(1, data.length));
    int step = Math.max(1, (data.length + parts - 1) / parts);
    WebSocketFrameType first = frame.binary() ? WebSocketFrameType.BINARY : WebSocketFrameType.TEXT;
    for (int start = 0, i = 0; i == 0 || start < data.length; start += step, i++) {
      int end = Math.min(data.length, start + step);
      WebSocketFrame part = new WebSocketFrameImpl(i == 0 ? first : WebSocketFrameType.CONTINUATION,
          Unpooled.wrappedBuffer(Arrays.copyOfRange(data, start, end)), end >= data.length);
      socket.writeFrame(part);
    }
  }

  /** Waits until the frames sent so far are answered; what is still owed after {@link #SETTLE_MS} is a finding. */
  private synchronized void settle() throws InterruptedException {
    long deadline = System.currentTimeMillis() + SETTLE_MS;
    while (!settled() && closeCode == null && System.currentTimeMillis() < deadline) {
      wait(100);
    }
    if (closeCode != null) {
      tally.finding("session closed while events were owed an answer (" + closeCode + ")",
          "confirms owed " + pendingConfirms.size() + ", warnings owed " + pendingWarnings.size());
      return;
    }
    if (!pendingConfirms.isEmpty()) {
      tally.finding("no server.confirm", pendingConfirms.size() + " e.g. " + pendingConfirms.iterator().next());
    }
    if (!pendingWarnings.isEmpty()) {
      tally.finding("no server.warning for a tagged frame", pendingWarnings.size() + " e.g. "
          + pendingWarnings.iterator().next());
    }
    if (rawReceived < rawExpected) {
      tally.finding("no server.warning for a raw frame", (rawExpected - rawReceived) + " missing");
    } else if (rawReceived > rawExpected) {
      tally.finding("server.warning without a tag not owed", (rawReceived - rawExpected) + " extra");
    }
    pendingConfirms.clear();
    pendingWarnings.clear();
    rawReceived = rawExpected = Math.max(rawExpected, rawReceived);
  }

  private boolean settled() {
    return pendingConfirms.isEmpty() && pendingWarnings.isEmpty() && rawReceived >= rawExpected;
  }

  private void endWith(FuzzFrame terminal) throws InterruptedException {
    tally.sent(terminal);
    write(terminal);
    synchronized (this) {
      long deadline = System.currentTimeMillis() + 15_000;
      while (closeCode == null && System.currentTimeMillis() < deadline) {
        wait(100);
      }
      if (closeCode == null) {
        tally.finding("session not closed after " + terminal.expect(), new String(terminal.data(), 0,
            Math.min(200, terminal.data().length), java.nio.charset.StandardCharsets.UTF_8));
        socket.close();
      } else if (closeCode != terminal.expect().closeCode()) {
        tally.finding(terminal.expect() + " closed with " + closeCode, "");
      }
    }
  }

  private synchronized void onClose(WebSocket closed, Short code) {
    if (closed != socket) {
      return; // an earlier socket of this session, replaced after its terminal frame
    }
    closeCode = code == null ? -1 : (int) code;
    tally.closed(closeCode);
    notifyAll();
  }

  private void onText(String text) {
    JsonNode reply;
    try {
      reply = Wire.mapper().readTree(text);
    } catch (Exception e) {
      tally.finding("reply is not JSON", text);
      return;
    }
    String event = reply.path("event").asText();
    tally.reply(event);
    if (event.equals("server.confirm")) {
      confirmed(reply.path("params").path("confirm_id").asText(""));
    } else if (event.equals("server.warning")) {
      warned(reply.path("params"));
    }
  }

  private synchronized void confirmed(String confirmId) {
    if (!pendingConfirms.remove(confirmId)) {
      tally.finding("server.confirm not owed (duplicate or unknown id)", confirmId);
    }
    notifyAll();
  }

  private synchronized void warned(JsonNode params) {
    tally.warning(params.path("message").asText(null));
    String message = params.path("message").asText("");
    if (message.equals("internal error")) {
      tally.finding("internal error", params.toString());
    }
    JsonNode tag = params.path("orig").path("fz");
    if (!tag.isTextual()) {
      rawReceived++;
    } else if (tag.asText().endsWith(":" + Expect.WARN_TAGGED) && !pendingWarnings.remove(tag.asText())) {
      tally.finding("server.warning not owed (duplicate)", tag.asText());
    }
    notifyAll();
  }

  private static <T> T await(io.vertx.core.Future<T> future) {
    try {
      return future.await(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

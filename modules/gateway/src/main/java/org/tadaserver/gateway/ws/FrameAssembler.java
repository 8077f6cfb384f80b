package org.tadaserver.gateway.ws;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;

/**
 * Joins the frames of one WebSocket message (a text or binary frame and its continuations) and enforces the message
 * size cap. It replaces Vert.x's own aggregation, which reports an oversized message only as an untyped exception.
 * Control frames (ping, pong, close) pass through untouched; Vert.x answers pings itself.
 */
final class FrameAssembler {
  private final int maxBytes;
  private Buffer partial;
  private boolean binary;

  /** A complete message; {@code binary} tells which opcode it came with (both carry JSON text here). */
  record Message(Buffer data, boolean binary) {}

  /** The message grew past the cap; the session must close with 1009. */
  static final class TooBig extends RuntimeException {
    TooBig(int maxBytes) {
      super("message exceeds " + maxBytes + " bytes", null, false, false);
    }
  }

  FrameAssembler(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  /**
   * Takes the next frame.
   *
   * @return the whole message once its final frame arrived, else null
   * @throws TooBig when the message so far exceeds the cap (what was gathered is dropped)
   */
  Message accept(WebSocketFrame frame) {
    if (!frame.isText() && !frame.isBinary() && !frame.isContinuation()) {
      return null;
    }
    if (!frame.isContinuation()) {
      partial = Buffer.buffer();
      binary = frame.isBinary();
    } else if (partial == null) {
      return null; // a continuation without a start: nothing to continue
    }
    if (partial.length() + frame.binaryData().length() > maxBytes) {
      partial = null;
      throw new TooBig(maxBytes);
    }
    partial.appendBuffer(frame.binaryData());
    if (!frame.isFinal()) {
      return null;
    }
    Message message = new Message(partial, binary);
    partial = null;
    return message;
  }
}

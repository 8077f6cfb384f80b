package org.tadaserver.gateway.ws;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.Future;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.LongAdder;

/**
 * One server event encoded to UTF-8 once, written as it is to any number of sockets. A team-wide event (above all
 * {@code server.online}, the team's whole online list) used to be encoded per socket, so one broadcast to 19,000
 * sessions allocated 19,000 copies of ~110 KB; now every socket's frame is a view of the same bytes.
 *
 * <p>The bytes are unpooled: Vert.x copies pooled buffers before writing them ({@code VertxHandler.safeBuffer}) and
 * wraps every frame's content as unreleasable, so the shared bytes are neither copied nor freed by a write; each
 * write gets its own {@link ByteBuf#slice slice} (own read index, same content). A frame for several sockets
 * ({@link #shared}) lives in a JDK direct buffer, because Netty copies heap bytes into a direct buffer per write and
 * holds that copy until the socket takes it: shared heap bytes would still cost each slow socket its own copy. The JDK
 * buffer is freed by its cleaner once no frame refers to it, so nothing has to be released by hand. A frame
 * larger than the server's {@code maxWebSocketFrameSize} is sent as a text frame and continuations, as
 * {@code writeTextMessage} does, since clients refuse single frames above their own limit (Vert.x: 64 KB).
 * {@link WebSocketFrameImpl} is a Vert.x internal; {@code SharedFrameTest} covers the write, so an upgrade that
 * breaks it fails the build.
 */
final class OutboundFrame {
  private static final String ONLINE_PREFIX = "{\"event\":\"server.online\"";
  /** Encodings made since start; a diagnostic for tests (one per broadcast, whatever the number of sockets). */
  static final LongAdder ENCODINGS = new LongAdder();
  private final ByteBuf bytes;
  private final boolean latestWins;

  private OutboundFrame(ByteBuf bytes, boolean latestWins) {
    this.bytes = bytes;
    this.latestWins = latestWins;
  }

  /** Encodes one complete event envelope for one socket. */
  static OutboundFrame of(String event) {
    ENCODINGS.increment();
    return new OutboundFrame(Unpooled.wrappedBuffer(event.getBytes(StandardCharsets.UTF_8)), isOnline(event));
  }

  /** Encodes one complete event envelope for several sockets: written from the same memory to every one of them. */
  static OutboundFrame shared(String event) {
    ENCODINGS.increment();
    byte[] utf8 = event.getBytes(StandardCharsets.UTF_8);
    ByteBuffer direct = ByteBuffer.allocateDirect(utf8.length).put(utf8).flip();
    return new OutboundFrame(Unpooled.wrappedBuffer(direct), isOnline(event));
  }

  /**
   * Whether a newer frame of the same kind makes this one worthless: {@code server.online} is the team's whole state,
   * so a socket that has not yet been sent one only needs the newest.
   */
  boolean latestWins() {
    return latestWins;
  }

  /** Encoded length in bytes (what it holds in a socket's queue). */
  int size() {
    return bytes.readableBytes();
  }

  /**
   * Writes the frame to one socket, in fragments of at most {@code maxFragment} bytes.
   *
   * @return completes when the last fragment has been handed to the kernel (fails if the socket closed first)
   */
  Future<Void> writeTo(ServerWebSocket socket, int maxFragment) {
    int length = size();
    if (length <= maxFragment) {
      return socket.writeFrame(new WebSocketFrameImpl(WebSocketFrameType.TEXT, slice(0, length), true));
    }
    WebSocketFrameType type = WebSocketFrameType.TEXT;
    int offset = 0;
    while (length - offset > maxFragment) {
      socket.writeFrame(new WebSocketFrameImpl(type, slice(offset, maxFragment), false));
      type = WebSocketFrameType.CONTINUATION;
      offset += maxFragment;
    }
    return socket.writeFrame(new WebSocketFrameImpl(type, slice(offset, length - offset), true));
  }

  /** The frame's text, for logs and tests. */
  String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private ByteBuf slice(int offset, int length) {
    return bytes.slice(bytes.readerIndex() + offset, length);
  }

  static boolean isOnline(String event) {
    return event.startsWith(ONLINE_PREFIX);
  }
}

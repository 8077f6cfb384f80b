package org.tadaserver.gateway.ws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;
import java.util.Arrays;

/**
 * Coverage-guided fuzzing of the frame decoder: the input is one WebSocket message, cut into fragments (text or
 * binary, with a ping in between) that {@link FrameAssembler} must join back byte for byte, or refuse as
 * {@link FrameAssembler.TooBig} past its cap; {@link FrameParser} must then turn it into a well-formed
 * {@link ClientEvent} or a {@link FrameParser.Rejected} whose warning can be written. Nothing else may escape.
 *
 * <p>How the message is cut is derived from its bytes, so the seeds are plain frames from the spec.
 */
class FrameDecoderFuzzTest {
  /** Small, so that the fuzzer reaches the cap; the production cap is larger but the code path is the same. */
  static final int CAP = 2048;

  @FuzzTest(maxDuration = "20s")
  void decode(byte[] message) {
    FrameAssembler.Message joined;
    try {
      joined = reassemble(message);
    } catch (FrameAssembler.TooBig tooBig) {
      assertTrue(message.length > CAP, "refused a message within the cap");
      return;
    }
    assertTrue(message.length <= CAP, "accepted a message over the cap");
    assertArrayEquals(message, joined.data().getBytes());
    try {
      ClientEvent event = FrameParser.parse(message);
      assertFalse(event.name().isEmpty());
      assertTrue(event.params() == null || event.params().isObject());
      assertTrue(event.orig().isObject());
      assertNotNull(ServerEvents.confirm(event.confirmId() == null ? "" : event.confirmId()));
    } catch (FrameParser.Rejected rejected) {
      assertNotNull(rejected.orig());
      assertNotNull(ServerEvents.warning(rejected.getMessage(), rejected.orig()));
    }
  }

  private static FrameAssembler.Message reassemble(byte[] message) {
    FrameAssembler assembler = new FrameAssembler(CAP);
    int hash = Arrays.hashCode(message);
    int fragments = 1 + Math.floorMod(hash, 4);
    boolean binary = (hash & 0x10) != 0;
    int step = Math.max(1, message.length / fragments);
    assertNull(assembler.accept(WebSocketFrame.continuationFrame(Buffer.buffer("stray"), true)));
    FrameAssembler.Message joined = null;
    for (int start = 0; joined == null; start += step) {
      int end = Math.min(message.length, start + step);
      boolean last = end == message.length;
      ByteBuf part = Unpooled.wrappedBuffer(Arrays.copyOfRange(message, start, end));
      WebSocketFrameType type = start > 0 ? WebSocketFrameType.CONTINUATION
          : binary ? WebSocketFrameType.BINARY : WebSocketFrameType.TEXT;
      // raw bytes even for text: a fragment boundary may split a UTF-8 sequence, as it may on the wire
      WebSocketFrame frame = new WebSocketFrameImpl(type, part, last);
      assertNull(assembler.accept(WebSocketFrame.pingFrame(Buffer.buffer("p"))));
      joined = assembler.accept(frame);
      assertTrue(joined != null || !last, "the final fragment completes the message");
    }
    return joined;
  }
}

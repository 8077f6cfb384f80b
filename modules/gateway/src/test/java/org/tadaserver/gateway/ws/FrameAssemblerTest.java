package org.tadaserver.gateway.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;
import org.junit.jupiter.api.Test;

/** Joining fragments into messages under the size cap. */
class FrameAssemblerTest {
  private final FrameAssembler assembler = new FrameAssembler(10);

  /** Verifies that a single final frame is a message, with its opcode kept. */
  @Test
  void singleFrames() {
    FrameAssembler.Message text = assembler.accept(WebSocketFrame.textFrame("abc", true));
    assertEquals("abc", text.data().toString());
    assertFalse(text.binary());
    assertTrue(assembler.accept(WebSocketFrame.binaryFrame(Buffer.buffer("x"), true)).binary());
  }

  /** Verifies that continuations are joined and the message is complete only at the final frame. */
  @Test
  void fragments() {
    assertNull(assembler.accept(WebSocketFrame.binaryFrame(Buffer.buffer("ab"), false)));
    assertNull(assembler.accept(WebSocketFrame.continuationFrame(Buffer.buffer("cd"), false)));
    FrameAssembler.Message message = assembler.accept(WebSocketFrame.continuationFrame(Buffer.buffer("ef"), true));
    assertEquals("abcdef", message.data().toString());
    assertTrue(message.binary());
  }

  /** Verifies the cap: exactly the cap passes, one byte more fails, and the next message starts clean. */
  @Test
  void cap() {
    assertEquals(10, assembler.accept(WebSocketFrame.textFrame("0123456789", true)).data().length());
    assertNull(assembler.accept(WebSocketFrame.textFrame("012345", false)));
    assertThrows(FrameAssembler.TooBig.class,
        () -> assembler.accept(WebSocketFrame.continuationFrame(Buffer.buffer("6789X"), true)));
    assertEquals("ok", assembler.accept(WebSocketFrame.textFrame("ok", true)).data().toString());
  }

  /** Verifies that control frames and stray continuations are ignored. */
  @Test
  void ignored() {
    assertNull(assembler.accept(WebSocketFrame.pingFrame(Buffer.buffer("p"))));
    assertNull(assembler.accept(WebSocketFrame.continuationFrame(Buffer.buffer("stray"), true)));
  }
}

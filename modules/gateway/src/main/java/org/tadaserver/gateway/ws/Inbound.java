package org.tadaserver.gateway.ws;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrame;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.gateway.limits.Admission;
import org.tadaserver.gateway.limits.SessionLimiter;

/**
 * The reading side of one session: frames are joined into messages, parsed, and dispatched in arrival order. A client
 * may pipeline events; the socket stops reading while {@link #MAX_IN_FLIGHT} of them are still being handled or while
 * the session's outbound queue is {@linkplain Session#backlogged() backlogged}, so a fast sender is slowed by TCP
 * instead of growing our memory (Vert.x holds frames back as soon as the socket is paused, even within one read).
 * Every message, well-formed or not, is first counted by the session's {@link SessionLimiter}: one over the limit is
 * answered with {@code server.warning "rate limit exceeded: resend in N s"} and dropped, without a confirm.
 */
final class Inbound {
  private static final Logger log = LoggerFactory.getLogger(Inbound.class);
  /** Events of one session being handled at once; enough for pipelined sends, small enough to bound memory. */
  static final int MAX_IN_FLIGHT = 64;
  private final Session session;
  private final ServerWebSocket socket;
  private final FrameAssembler assembler;
  private final Dispatcher dispatcher;
  private final SessionLimiter limiter;
  private int inFlight;
  private boolean paused;

  Inbound(Session session, ServerWebSocket socket, int maxMessageBytes, Dispatcher dispatcher, SessionLimiter limiter) {
    this.session = session;
    this.socket = socket;
    this.assembler = new FrameAssembler(maxMessageBytes);
    this.dispatcher = dispatcher;
    this.limiter = limiter;
  }

  void start() {
    session.onDrained(this::updateFlow);
    socket.frameHandler(this::onFrame);
    socket.exceptionHandler(this::onException);
  }

  private void onFrame(WebSocketFrame frame) {
    if (!session.isOpen()) {
      return;
    }
    FrameAssembler.Message message;
    try {
      message = assembler.accept(frame);
    } catch (FrameAssembler.TooBig e) {
      session.close(CloseCodes.MESSAGE_TOO_BIG, e.getMessage());
      return;
    }
    if (message != null) {
      onMessage(message.data().getBytes());
    }
  }

  private void onMessage(byte[] utf8) {
    ClientEvent event;
    try {
      event = FrameParser.parse(utf8);
    } catch (FrameParser.Rejected rejected) {
      if (admitted(rejected.orig().path("event").asText(), rejected.orig())) {
        dispatcher.reject(session, rejected);
      }
      updateFlow();
      return;
    }
    if (!admitted(event.name(), event.orig())) {
      return;
    }
    inFlight++;
    dispatcher.dispatch(session, event).onComplete(ar -> {
      inFlight--;
      updateFlow();
    });
    updateFlow();
  }

  /** Counts the event against the session's limits; a refused one is answered with the rate limit warning. */
  private boolean admitted(String name, JsonNode orig) {
    Admission admission = limiter.admit(name);
    if (!admission.admitted()) {
      dispatcher.throttled(session, SessionLimiter.warning(admission), orig);
    }
    return admission.admitted();
  }

  /** Pauses or resumes reading so that neither events in flight nor queued answers grow without bound. */
  private void updateFlow() {
    boolean shouldPause = inFlight >= MAX_IN_FLIGHT || session.backlogged() || session.stoppedReading();
    if (shouldPause == paused || socket.isClosed()) {
      return;
    }
    paused = shouldPause;
    if (paused) {
      socket.pause();
    } else {
      socket.resume();
    }
  }

  /**
   * Netty reports a single frame over the size cap (and other framing violations) here; its decoder then discards
   * all further input, so the session is closed with the status Netty names (1009 for a frame too big).
   */
  private void onException(Throwable failure) {
    if (failure instanceof CorruptedWebSocketFrameException corrupted) {
      WebSocketCloseStatus status = corrupted.closeStatus();
      session.close((short) status.code(), status.reasonText());
    } else if (failure instanceof HttpClosedException || failure instanceof IOException) {
      log.debug("session of user {} lost its connection: {}", session.identity().user(), failure.toString());
    } else {
      log.warn("session of user {} failed", session.identity().user(), failure);
      session.close(CloseCodes.INTERNAL_ERROR, "internal error");
    }
  }
}

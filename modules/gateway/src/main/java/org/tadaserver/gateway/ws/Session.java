package org.tadaserver.gateway.ws;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open WebSocket of one user in one team. Used only on the gateway's event loop (the socket's and the deliveries
 * consumer's), so it needs no locks.
 *
 * <p>Outbound frames are bounded: a frame counts as queued from {@link #send} until Vert.x has handed it to the
 * kernel. A client that stops reading lets the count grow; past {@code maxQueuedFrames} the session is closed with
 * 1008 and nothing more is queued, so the memory a stalled client can pin is at most that many frames. Answers to the
 * client's own events must not trip that limit (a pipelining client gets many confirms before Vert.x flushes at the
 * end of a read), so from half the limit the session is {@link #backlogged()} and {@link Inbound} stops reading until
 * the queue is down to a quarter. A client that sends nothing more but still does not read would then sit there, so
 * once backlogged, a session whose queued frames do not move for {@link #STALL_TIMEOUT_MS} is closed too.
 *
 * <p>Every close is followed, after {@link #CLOSE_GRACE_MS}, by dropping the connection if it is still open: Vert.x
 * would otherwise wait forever to flush a close frame to a client that does not read.
 */
public final class Session {
  private static final Logger log = LoggerFactory.getLogger(Session.class);
  /** How long a closing peer gets to answer the close handshake before the TCP connection is dropped. */
  static final long CLOSE_GRACE_MS = 3_000;
  /** How long a backlogged session may go without a single frame leaving before it counts as not reading. */
  static final long STALL_TIMEOUT_MS = 10_000;
  private final Vertx vertx;
  private final ServerWebSocket socket;
  private final NettyChannel channel;
  private final Identity identity;
  private final int maxQueuedFrames;
  private final GatewayMeters meters;
  private final Promise<Void> closed = Promise.promise();
  private int queuedFrames;
  private Runnable onDrained = () -> {};
  private long framesWritten;
  private long stallTimer = -1;
  private boolean closing;
  private boolean stoppedReading;
  private long abortTimer = -1;

  Session(Vertx vertx, ServerWebSocket socket, NettyChannel channel, Identity identity, int maxQueuedFrames,
      GatewayMeters meters) {
    this.meters = meters;
    this.vertx = vertx;
    this.socket = socket;
    this.channel = channel;
    this.identity = identity;
    this.maxQueuedFrames = maxQueuedFrames;
  }

  public Identity identity() {
    return identity;
  }

  /** Writes a committed event routed to this session (as {@link #send}; counted as a delivery when queued). */
  public void deliver(String frame) {
    if (send(frame)) {
      meters.delivered();
    }
  }

  /**
   * Writes one event (complete frame text) as a text frame; dropped silently once the session is closing.
   *
   * @return whether the frame was queued
   */
  public boolean send(String frame) {
    if (closing || socket.isClosed()) {
      return false;
    }
    if (queuedFrames >= maxQueuedFrames) {
      log.info("closing session of user {}: {} frames unread", identity.user(), queuedFrames);
      drop();
      return false;
    }
    queuedFrames++;
    socket.writeTextMessage(frame).onComplete(ar -> {
      framesWritten++;
      if (--queuedFrames == maxQueuedFrames / 4) {
        onDrained.run();
      }
    });
    if (backlogged() && stallTimer < 0) {
      watchForStall();
    }
    return true;
  }

  /**
   * Armed when the session becomes backlogged, and kept armed while anything is queued: if a whole period passes with
   * frames queued and none of them leaving, the client is not reading and the session is closed. (Watching only while
   * backlogged would miss a client stuck with a queue between a quarter and half the limit, where reading stays
   * paused.)
   */
  private void watchForStall() {
    long writtenBefore = framesWritten;
    stallTimer = vertx.setTimer(STALL_TIMEOUT_MS, id -> {
      stallTimer = -1;
      if (closing || queuedFrames == 0) {
        return;
      }
      if (framesWritten == writtenBefore) {
        log.info("closing session of user {}: nothing written for {} ms", identity.user(), STALL_TIMEOUT_MS);
        drop();
      } else {
        watchForStall();
      }
    });
  }

  /** Closes a session that does not read its events (counted as an outbound drop). */
  private void drop() {
    meters.dropped();
    close(CloseCodes.POLICY_VIOLATION, "client does not read its events");
  }

  /** Whether so much is queued that the client's further events should wait (half the limit or more). */
  boolean backlogged() {
    return queuedFrames >= Math.max(1, maxQueuedFrames / 2);
  }

  /** Runs {@code action} each time the queue shrinks back to a quarter of the limit. */
  void onDrained(Runnable action) {
    this.onDrained = action;
  }

  /** Drain: reads no more client events (the socket stays paused); those in flight finish and are confirmed. */
  void stopReading() {
    stoppedReading = true;
    if (!socket.isClosed()) {
      socket.pause();
    }
  }

  boolean stoppedReading() {
    return stoppedReading;
  }

  /** Starts the close handshake (once); the connection is dropped if it is not over after the grace period. */
  public void close(short code, String reason) {
    if (closing) {
      return;
    }
    closing = true;
    if (!socket.isClosed()) {
      socket.close(code, reason);
    }
    abortTimer = vertx.setTimer(CLOSE_GRACE_MS, id -> {
      abortTimer = -1;
      if (!closed.future().isComplete()) {
        channel.abort();
      }
    });
  }

  /** Completes once the connection is gone, however it ended. */
  public Future<Void> closed() {
    return closed.future();
  }

  public boolean isOpen() {
    return !closing && !closed.future().isComplete();
  }

  /** Called by the socket's close handler. */
  void onClosed() {
    closing = true;
    if (abortTimer >= 0) {
      vertx.cancelTimer(abortTimer);
      abortTimer = -1;
    }
    if (stallTimer >= 0) {
      vertx.cancelTimer(stallTimer);
      stallTimer = -1;
    }
    closed.tryComplete();
  }
}

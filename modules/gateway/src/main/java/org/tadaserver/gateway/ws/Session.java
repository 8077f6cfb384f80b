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
 * kernel. A client that stops reading lets the count grow; past {@code maxQueuedFrames} frames or
 * {@code maxQueuedBytes} bytes the session is closed with 1008 and nothing more is queued, so the memory a stalled
 * client can pin is bounded. Answers to the client's own events must not trip that limit (a pipelining client gets
 * many confirms before Vert.x flushes at the end of a read), so from half of either limit the session is
 * {@link #backlogged()} and {@link Inbound} stops reading until the queue is down to a quarter. A client that sends
 * nothing more but still does not read would then sit there, so once backlogged, a session whose queued frames do not
 * move for {@link #STALL_TIMEOUT_MS} is closed too.
 *
 * <p>Frames that are a whole state ({@link OutboundFrame#latestWins()}: {@code server.online}) never pile up: while one
 * is still being written, a newer one waits in a single slot, replacing any older one there, and is written when the
 * first has left. A slow socket in a big team therefore holds at most the list being written and the newest one.
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
  /** Bytes queued for one session before it counts as not reading (frames shared with other sessions count too). */
  static final long MAX_QUEUED_BYTES = 16L << 20;
  private final Vertx vertx;
  private final ServerWebSocket socket;
  private final NettyChannel channel;
  private final Identity identity;
  private final int maxQueuedFrames;
  private final long maxQueuedBytes;
  private final int maxFragment;
  private final GatewayMeters meters;
  private final Promise<Void> closed = Promise.promise();
  private int queuedFrames;
  private long queuedBytes;
  /** A latest-wins frame is being written; newer ones wait in {@link #waitingState}. */
  private boolean stateInFlight;
  private OutboundFrame waitingState;
  private boolean stateSeen;
  private long statesReplaced;
  private Runnable onDrained = () -> {};
  private long framesWritten;
  private long stallTimer = -1;
  private boolean closing;
  private boolean stoppedReading;
  private long abortTimer = -1;

  Session(Vertx vertx, ServerWebSocket socket, NettyChannel channel, Identity identity, Limits limits,
      GatewayMeters meters) {
    this.meters = meters;
    this.vertx = vertx;
    this.socket = socket;
    this.channel = channel;
    this.identity = identity;
    this.maxQueuedFrames = limits.frames();
    this.maxQueuedBytes = limits.bytes();
    this.maxFragment = limits.fragment();
  }

  /**
   * The outbound bounds of a session.
   *
   * @param frames frames queued before the session counts as not reading
   * @param bytes bytes queued before the session counts as not reading
   * @param fragment the largest WebSocket frame written; longer events go out in fragments
   */
  record Limits(int frames, long bytes, int fragment) {
    Limits {
      if (frames < 1 || bytes < 1 || fragment < 1) {
        throw new IllegalArgumentException("session limits must be positive");
      }
    }
  }

  public Identity identity() {
    return identity;
  }

  /** Writes a committed event routed to this session (as {@link #send}; counted as a delivery when queued). */
  public void deliver(String frame) {
    deliver(OutboundFrame.of(frame));
  }

  /**
   * As {@link #deliver(String)}, with bytes encoded once for all its recipients. A latest-wins frame counts as a
   * delivery only once it is written (one replaced in the waiting slot never reaches the client).
   */
  void deliver(OutboundFrame frame) {
    if (send(frame) && !frame.latestWins()) {
      meters.delivered();
    }
  }

  /**
   * Writes one event (complete frame text) as a text frame; dropped silently once the session is closing.
   *
   * @return whether the frame was queued
   */
  public boolean send(String frame) {
    return send(OutboundFrame.of(frame));
  }

  /**
   * Writes one encoded event. A latest-wins frame is queued behind one still being written only by taking the single
   * waiting slot (the stale one there is dropped).
   *
   * @return whether the frame was queued (or took the waiting slot)
   */
  boolean send(OutboundFrame frame) {
    if (closing || socket.isClosed()) {
      return false;
    }
    if (frame.latestWins()) {
      stateSeen = true;
      if (stateInFlight) {
        if (waitingState != null) {
          statesReplaced++;
        }
        waitingState = frame;
        return true;
      }
    }
    return write(frame);
  }

  /**
   * The team's current {@code server.online} for a session that just connected: written only if the session has not
   * already been sent (or queued) a newer one by a broadcast that overtook the greeting.
   */
  void greet(OutboundFrame online) {
    if (!stateSeen) {
      send(online);
    }
  }

  private boolean write(OutboundFrame frame) {
    int size = frame.size();
    if (queuedFrames >= maxQueuedFrames || queuedBytes + size > maxQueuedBytes) {
      log.info("closing session of user {}: {} frames, {} bytes unread", identity.user(), queuedFrames, queuedBytes);
      drop();
      return false;
    }
    queuedFrames++;
    queuedBytes += size;
    boolean state = frame.latestWins();
    if (state) {
      stateInFlight = true;
      meters.delivered(); // a presence list, routed or the connect greeting: counted when it is written
    }
    frame.writeTo(socket, maxFragment).onComplete(ar -> written(size, state));
    if (backlogged() && stallTimer < 0) {
      watchForStall();
    }
    return true;
  }

  private void written(int size, boolean state) {
    boolean wasAboveQuarter = aboveQuarter();
    framesWritten++;
    queuedFrames--;
    queuedBytes -= size;
    if (wasAboveQuarter && !aboveQuarter()) {
      onDrained.run();
    }
    if (state) {
      stateInFlight = false;
      OutboundFrame next = waitingState;
      waitingState = null;
      if (next != null && !closing) {
        write(next);
      }
    }
  }

  private boolean aboveQuarter() {
    return queuedFrames > maxQueuedFrames / 4 || queuedBytes > maxQueuedBytes / 4;
  }

  /** Bytes queued and not yet handed to the kernel. */
  long queuedBytes() {
    return queuedBytes;
  }

  /** Latest-wins frames dropped because a newer one replaced them before they could be written. */
  long statesReplaced() {
    return statesReplaced;
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
    return queuedFrames >= Math.max(1, maxQueuedFrames / 2) || queuedBytes >= maxQueuedBytes / 2;
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
    waitingState = null;
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

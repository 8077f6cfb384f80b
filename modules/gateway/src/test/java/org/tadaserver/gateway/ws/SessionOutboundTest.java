package org.tadaserver.gateway.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.buffer.ByteBuf;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.Delivery;
import org.tadaserver.directory.Caller;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.protocol.event.ServerDebug;
import org.tadaserver.protocol.event.ServerOnline;
import org.tadaserver.protocol.model.OnlineContact;
import org.tadaserver.protocol.Jid;

/**
 * What a session queues for a socket that is slow to take it: shared bytes per broadcast, the bound on queued bytes,
 * and {@code server.online} lists that replace each other instead of piling up. The socket's writes are held until
 * the test lets them leave ({@link HeldSocket}).
 */
class SessionOutboundTest {
  private static final UUID TEAM = UUID.randomUUID();
  private final Vertx vertx = Vertx.vertx();
  private final SessionRegistry registry = new SessionRegistry();
  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  private final GatewayMeters meters = new GatewayMeters(metrics, registry);
  private final List<Session> sessions = new ArrayList<>();

  @AfterEach
  void stop() {
    sessions.forEach(Session::onClosed);
    vertx.close().await();
  }

  /** Verifies that one team-wide delivery is encoded once and that every socket is written the same direct bytes. */
  @Test
  void broadcastIsEncodedOnceForAllSockets() {
    List<HeldSocket> sockets = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      HeldSocket socket = new HeldSocket();
      sockets.add(socket);
      registry.add(session(socket, new Session.Limits(100, 1 << 20, 1 << 20)));
    }
    DeliveryRouter router = new DeliveryRouter(registry, null, new OnlineFrames());
    String event = online(300);
    long before = OutboundFrame.ENCODINGS.sum();
    router.route(List.of(Delivery.toTeam(TEAM, event)));
    assertEquals(1, OutboundFrame.ENCODINGS.sum() - before, "one encoding for 50 sockets");
    ByteBuf shared = sockets.get(0).writes.get(0).root();
    assertTrue(shared.isDirect(), "shared bytes are direct: Netty would copy heap bytes per socket");
    for (HeldSocket socket : sockets) {
      assertEquals(List.of(event), socket.messages());
      assertSame(shared, socket.writes.get(0).root(), "the same bytes, not a copy");
    }
  }

  /** Verifies that an event longer than the largest frame is written as a text frame and continuations. */
  @Test
  void longEventIsFragmented() {
    HeldSocket socket = new HeldSocket();
    Session session = session(socket, new Session.Limits(100, 1 << 20, 1_000));
    String event = Events.toJson(new ServerDebug("f".repeat(2_500)));
    assertTrue(session.send(event));
    assertEquals(3, socket.writes.size(), "1,000 + 1,000 + the rest");
    assertFalse(socket.writes.get(0).frame().isFinal());
    assertTrue(socket.writes.get(0).frame().isText());
    assertTrue(socket.writes.get(1).frame().isContinuation());
    assertTrue(socket.writes.get(2).frame().isFinal());
    assertEquals(List.of(event), socket.messages());
    assertEquals(event.length(), session.queuedBytes(), "queued until the last fragment leaves");
    socket.writes.forEach(w -> w.done().complete());
    assertEquals(0, session.queuedBytes());
  }

  /** Verifies that a session whose queued bytes would pass the bound is closed with 1008 before queueing more. */
  @Test
  void queuedBytesAreBounded() {
    HeldSocket socket = new HeldSocket();
    Session session = session(socket, new Session.Limits(1_000, 250_000, 1 << 20));
    String big = Events.toJson(new ServerDebug("b".repeat(100_000)));
    assertTrue(session.send(big));
    assertTrue(session.send(big));
    assertTrue(session.backlogged(), "past half the bytes: client events wait");
    assertFalse(session.send(big), "a third would pass 250,000 bytes");
    assertEquals(CloseCodes.POLICY_VIOLATION, socket.closedWith);
    assertEquals(2, socket.writes.size());
    assertFalse(session.send("{\"event\":\"server.time\"}"), "nothing more once closing");
  }

  /** Verifies that bytes leaving the socket make room again (the bound is on what is pending, not on the total). */
  @Test
  void writtenBytesMakeRoom() {
    HeldSocket socket = new HeldSocket();
    Session session = session(socket, new Session.Limits(1_000, 250_000, 1 << 20));
    String big = Events.toJson(new ServerDebug("b".repeat(100_000)));
    for (int i = 0; i < 10; i++) {
      assertTrue(session.send(big), "send " + i);
      socket.release(i);
    }
    assertNull(socket.closedWith);
    assertEquals(0, session.queuedBytes());
  }

  /**
   * Verifies that while a server.online is being written, newer ones replace each other in one waiting slot, that
   * other events are not held back, and that the newest list goes out once the first has left.
   */
  @Test
  void staleOnlineIsReplaced() {
    HeldSocket socket = new HeldSocket();
    Session session = session(socket, new Session.Limits(5, 1 << 20, 1 << 20));
    String first = online(1);
    String debug = Events.toJson(new ServerDebug("in between"));
    assertTrue(session.send(first));
    for (int n = 2; n <= 40; n++) {
      assertTrue(session.send(online(n)), "list " + n + " takes the waiting slot");
    }
    assertTrue(session.send(debug));
    assertEquals(List.of(first, debug), socket.messages(), "only the list in flight and the other event");
    assertEquals(38, session.statesReplaced());
    assertNull(socket.closedWith, "40 lists did not trip a 5-frame limit");
    socket.release(0);
    assertEquals(List.of(first, debug, online(40)), socket.messages(), "then the newest list");
    assertEquals(2, deliveries(), "the two lists written count as deliveries, the 38 replaced ones do not");
    socket.release(2);
    assertTrue(session.send(online(41)), "nothing in flight: written at once");
    assertEquals(4, socket.messages().size());
  }

  /** Verifies that a connect greeting is skipped once a broadcast reached the session first, and sent otherwise. */
  @Test
  void greetingOnlyWhenNoListYet() {
    HeldSocket early = new HeldSocket();
    Session greeted = session(early, new Session.Limits(10, 1 << 20, 1 << 20));
    greeted.greet(OutboundFrame.of(online(3)));
    assertEquals(List.of(online(3)), early.messages());

    HeldSocket late = new HeldSocket();
    Session overtaken = session(late, new Session.Limits(10, 1 << 20, 1 << 20));
    overtaken.deliver(OutboundFrame.of(online(5)));
    overtaken.greet(OutboundFrame.of(online(4)));
    late.release(0);
    assertEquals(List.of(online(5)), late.messages(), "the older greeting is not sent after the broadcast");
  }

  /** Verifies that deliveries count what is written: a list replaced in the waiting slot is not counted. */
  @Test
  void replacedListIsNotCountedAsDelivered() {
    HeldSocket socket = new HeldSocket();
    Session session = session(socket, new Session.Limits(10, 1 << 20, 1 << 20));
    session.deliver(OutboundFrame.of(online(1)));
    session.deliver(OutboundFrame.of(online(2)));
    session.deliver(OutboundFrame.of(online(3)));
    session.deliver(OutboundFrame.of(Events.toJson(new ServerDebug("counted at once"))));
    assertEquals(2, deliveries(), "the list in flight and the debug event");
    socket.release(0);
    assertEquals(3, deliveries(), "the newest list once written; the replaced one never");
    assertEquals(List.of(online(1), Events.toJson(new ServerDebug("counted at once")), online(3)), socket.messages());
  }

  /** Verifies which events count as latest-wins: server.online only. */
  @Test
  void onlyOnlineIsLatestWins() {
    assertTrue(OutboundFrame.of(online(1)).latestWins());
    assertFalse(OutboundFrame.of(Events.toJson(new ServerDebug("server.online"))).latestWins());
    assertFalse(OutboundFrame.of("{\"event\":\"server.onlinex\"}").latestWins());
  }

  private double deliveries() {
    return metrics.get(org.tadaserver.bus.metrics.Metrics.DELIVERIES).counter().count();
  }

  private Session session(HeldSocket socket, Session.Limits limits) {
    UUID user = UUID.randomUUID();
    Identity identity = new Identity(new Caller(user, UUID.randomUUID()), "tok",
        new Membership(TEAM, user, UUID.randomUUID(), TeamStatus.MEMBER));
    Session session = new Session(vertx, socket.socket, null, identity, limits, meters);
    sessions.add(session);
    return session;
  }

  /** A server.online with {@code contacts} contacts (distinct per count). */
  private static String online(int contacts) {
    List<OnlineContact> list = new ArrayList<>();
    for (int i = 0; i < contacts; i++) {
      list.add(new OnlineContact(Jid.contact(new UUID(0, i)), false, false, false));
    }
    return Events.toJson(new ServerOnline(list, List.of()));
  }
}

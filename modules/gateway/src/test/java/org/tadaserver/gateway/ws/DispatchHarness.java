package org.tadaserver.gateway.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrame;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.calls.CallService;
import org.tadaserver.directory.Caller;
import org.tadaserver.directory.DirectoryService;
import org.tadaserver.directory.Membership;
import org.tadaserver.gateway.GatewayConfig;
import org.tadaserver.gateway.rest.FakeChats;
import org.tadaserver.gateway.ws.call.CallEvents;
import org.tadaserver.gateway.ws.call.CallSessions;
import org.tadaserver.gateway.ws.chat.ChatEvents;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.enums.TeamStatus;

/**
 * The whole read path of one session ({@link FrameParser}, then {@link Dispatcher} with the production table: the
 * chat, call and presence handlers as {@code GatewayVerticle} registers them) over a session whose socket only records
 * what is written to it. Services are fakes that answer at once: {@link FakeChats} for chats, and a call service that
 * refuses everything with a typed {@link ServiceException}, so every handler's own param checks run to their end.
 *
 * <p>{@link #handle} checks the reply contract of one message (the same one the socket-level fuzz checks over the
 * wire): the answer is complete at once, is made only of {@code server.warning} and {@code server.confirm}, has a
 * confirm exactly when the event carried a non-empty string confirm_id (never for {@code client.confirm}), and a
 * warning never says "internal error" (which would mean an untyped exception escaped a handler).
 */
final class DispatchHarness {
  private static final String INTERNAL = "internal error";
  private final Vertx vertx = Vertx.vertx();
  private final FakeChats chats = new FakeChats();
  private final List<String> written = new ArrayList<>();
  private final Dispatcher dispatcher;
  private final Session session;

  DispatchHarness() {
    GatewayConfig config = new GatewayConfig("127.0.0.1", 0, "", 1 << 16, 1 << 20, 1 << 20, Limits.DEFAULTS);
    Messaging messaging = new Messaging(vertx, config, refusing(DirectoryService.class));
    dispatcher = messaging.dispatcher();
    ChatEvents.register(dispatcher, chats, Limits.DEFAULTS);
    CallService calls = refusing(CallService.class);
    CallEvents.register(dispatcher, calls, new CallSessions(vertx, calls));
    UUID user = UUID.randomUUID();
    Identity identity = new Identity(new Caller(user, UUID.randomUUID()), "token",
        new Membership(UUID.randomUUID(), user, UUID.randomUUID(), TeamStatus.MEMBER));
    session = new Session(vertx, recordingSocket(), null, identity,
        new Session.Limits(1 << 20, Session.MAX_QUEUED_BYTES, 1 << 20), GatewayMeters.detached());
  }

  /** Handles one message as {@link Inbound} does and checks the reply contract; returns the frames written. */
  List<String> handle(byte[] message) {
    written.clear();
    chats.calls.clear();
    String confirmId;
    boolean isConfirmEvent;
    try {
      ClientEvent event = FrameParser.parse(message);
      confirmId = event.confirmId();
      isConfirmEvent = Dispatcher.CONFIRM.equals(event.name());
      Future<Void> done = dispatcher.dispatch(session, event);
      assertTrue(done.succeeded(), "the dispatch completes at once with these fakes and never fails");
    } catch (FrameParser.Rejected rejected) {
      confirmId = rejected.confirmId();
      isConfirmEvent = Dispatcher.CONFIRM.equals(rejected.orig().path("event").asText());
      dispatcher.reject(session, rejected);
    }
    check(confirmId != null && !confirmId.isEmpty() && !isConfirmEvent ? confirmId : null);
    return List.copyOf(written);
  }

  private void check(String expectedConfirm) {
    int confirms = 0;
    for (String frame : written) {
      JsonNode reply = read(frame);
      String name = reply.path("event").asText();
      if (name.equals("server.confirm")) {
        confirms++;
        assertEquals(expectedConfirm, reply.path("params").path("confirm_id").asText(null), frame);
      } else {
        assertEquals("server.warning", name, frame);
        assertNotEquals(INTERNAL, reply.path("params").path("message").asText(), frame);
        assertTrue(reply.path("params").has("orig"), frame);
      }
    }
    assertEquals(expectedConfirm == null ? 0 : 1, confirms, () -> "confirms in " + written);
    assertTrue(written.size() <= 2, () -> "at most a warning and a confirm: " + written);
  }

  void close() {
    vertx.close().await();
  }

  private static JsonNode read(String frame) {
    try {
      return Wire.mapper().readTree(frame);
    } catch (Exception e) {
      throw new AssertionError("the server wrote a frame that is not JSON: " + frame, e);
    }
  }

  /** A socket that is always open and records every text frame; writes complete at once. */
  private ServerWebSocket recordingSocket() {
    return (ServerWebSocket) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ServerWebSocket.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "isClosed" -> false;
          case "writeTextMessage" -> {
            written.add((String) args[0]);
            yield Future.succeededFuture();
          }
          case "writeFrame" -> { // the session writes frames it encoded (and may share) itself
            written.add(((WebSocketFrame) args[0]).textData());
            yield Future.succeededFuture();
          }
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> throw new UnsupportedOperationException("not used by dispatch: " + method.getName());
        });
  }

  /** A bus service whose every call is refused with a typed error, as a real service refuses a stranger. */
  private static <T> T refusing(Class<T> service) {
    return service.cast(Proxy.newProxyInstance(DispatchHarness.class.getClassLoader(), new Class<?>[] {service},
        (proxy, method, args) -> switch (method.getName()) {
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          case "toString" -> "refusing " + service.getSimpleName();
          default -> Future.failedFuture(ServiceException.notFound("call"));
        }));
  }
}

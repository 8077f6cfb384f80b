package org.tadaserver.gateway.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.WireException;
import org.tadaserver.protocol.event.Events;

/** The dispatch table itself: what the standard table covers, and how failures become warning texts. */
class DispatcherTest {

  /** Verifies that every client event of the protocol has a handler and no server event has one. */
  @Test
  void standardTableCoversEveryClientEvent() {
    Dispatcher dispatcher = Dispatcher.standard();
    long clientEvents = Events.names().stream().filter(n -> n.startsWith("client.")).count();
    assertEquals(18, clientEvents, "the protocol has 18 client events (reference §1.8)");
    for (String name : Events.names()) {
      assertEquals(name.startsWith("client."), dispatcher.handles(name), name);
    }
    assertFalse(dispatcher.handles("client.unknown"));
  }

  /** Verifies that only client events can get handlers, and that a registration replaces the placeholder. */
  @Test
  void registration() {
    Dispatcher dispatcher = Dispatcher.standard();
    assertThrows(IllegalArgumentException.class,
        () -> dispatcher.register("server.time", (s, e) -> Future.succeededFuture()));
    assertTrue(dispatcher.register("client.custom", (s, e) -> Future.succeededFuture()).handles("client.custom"));
  }

  /** Verifies that bad input and service refusals are shown as they are, and internal failures are hidden. */
  @Test
  void warningTexts() {
    assertEquals("bad", Dispatcher.describe(new InvalidEventException("bad")));
    assertEquals("wire", Dispatcher.describe(new WireException("wire")));
    assertEquals("chat not found", Dispatcher.describe(ServiceException.notFound("chat")));
    assertEquals("internal error", Dispatcher.describe(new IllegalStateException("secret detail")));
  }
}

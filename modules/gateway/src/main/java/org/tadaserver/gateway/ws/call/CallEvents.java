package org.tadaserver.gateway.ws.call;

import io.vertx.core.Future;
import java.util.List;
import org.tadaserver.calls.CallService;
import org.tadaserver.gateway.ws.ClientEventHandler;
import org.tadaserver.gateway.ws.Dispatcher;
import org.tadaserver.gateway.ws.InvalidEventException;

/**
 * The client events of calls ({@code client.call.*}), registered in place of their "not supported yet" placeholders.
 * With no SFU configured every one of them is answered with a {@code server.warning} saying so.
 */
public final class CallEvents {
  static final List<String> NAMES = List.of("client.call.offer", "client.call.sdp", "client.call.trickle",
      "client.call.leave", "client.call.reject", "client.call.sound", "client.call.video", "client.call.screenshare",
      "client.call.muteall", "client.call.buzz", "client.call.buzzcancel");
  static final String DISABLED = "calls are not enabled on this server (no SFU configured)";

  private CallEvents() {}

  /** Handlers that drive {@code calls} for the sessions tracked by {@code sessions}. */
  public static void register(Dispatcher dispatcher, CallService calls, CallSessions sessions) {
    CallHandlers h = new CallHandlers(calls, sessions);
    dispatcher.register("client.call.offer", h::offer)
        .register("client.call.sdp", h::sdp)
        .register("client.call.trickle", h::trickle)
        .register("client.call.leave", h::leave)
        .register("client.call.reject", h::reject)
        .register("client.call.sound", h::sound)
        .register("client.call.video", h::video)
        .register("client.call.screenshare", h::screenshare)
        .register("client.call.muteall", h::muteAll)
        .register("client.call.buzz", h::buzz)
        .register("client.call.buzzcancel", h::buzzCancel);
  }

  /** Calls are off: every call event gets a warning. */
  public static void registerDisabled(Dispatcher dispatcher) {
    ClientEventHandler off = (session, event) -> Future.failedFuture(new InvalidEventException(DISABLED));
    NAMES.forEach(name -> dispatcher.register(name, off));
  }
}

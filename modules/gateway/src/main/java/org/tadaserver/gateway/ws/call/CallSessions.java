package org.tadaserver.gateway.ws.call;

import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.calls.CallService;
import org.tadaserver.gateway.ws.Session;

/**
 * The sessions of this gateway that joined a call, each with its device id (unique in the cluster). The calls owner
 * keeps a device only while its gateway vouches for it: every {@link #HEARTBEAT_MS} this gateway sends the devices it
 * still holds ({@link CallService#alive}), and a closing session is reported at once ({@link CallService#gone}). A
 * gateway that dies stops vouching, so its devices leave within the owner's silence limit. Owned by the gateway's
 * event loop.
 */
public final class CallSessions {
  private static final Logger log = LoggerFactory.getLogger(CallSessions.class);
  static final long HEARTBEAT_MS = 2_000;
  private final Vertx vertx;
  private final CallService calls;
  private final Map<Session, String> devices = new HashMap<>();
  private long timer = -1;

  public CallSessions(Vertx vertx, CallService calls) {
    this.vertx = vertx;
    this.calls = calls;
  }

  public void start() {
    timer = vertx.setPeriodic(HEARTBEAT_MS, t -> heartbeat());
  }

  public void stop() {
    vertx.cancelTimer(timer);
  }

  /** The session's device id, created on its first call event. */
  String device(Session session) {
    return devices.computeIfAbsent(session, s -> UUID.randomUUID().toString());
  }

  /** The session closed: its device leaves its call now. */
  public void closed(Session session) {
    String device = devices.remove(session);
    if (device != null) {
      calls.gone(session.identity().team(), List.of(device))
          .onFailure(e -> log.debug("telling calls of a closed session failed: {}", e.toString()));
    }
  }

  private void heartbeat() {
    Map<UUID, List<String>> byTeam = new HashMap<>();
    devices.forEach((s, d) -> byTeam.computeIfAbsent(s.identity().team(), t -> new ArrayList<>()).add(d));
    byTeam.forEach((team, ids) -> calls.alive(team, ids)
        .onFailure(e -> log.debug("calls heartbeat for team {} failed: {}", team, e.toString())));
  }
}

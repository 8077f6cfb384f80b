package org.tadaserver.presence;

import io.vertx.core.Vertx;
import java.util.List;
import java.util.UUID;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.model.OnlineCall;

/**
 * The active calls of one team, replacing what presence knew of them; published on {@link PresenceAddresses#CALLS}
 * by the owner of call state whenever a call starts, ends or changes its participant count.
 */
public record CallsUpdate(UUID team, List<OnlineCall> calls) {
  public CallsUpdate {
    if (team == null) {
      throw new IllegalArgumentException("a calls update needs its team");
    }
    calls = calls == null ? List.of() : List.copyOf(calls);
  }

  /** Tells every presence node of the cluster. */
  public void publish(Vertx vertx) {
    vertx.eventBus().publish(PresenceAddresses.CALLS, Wire.toJson(this));
  }

  static CallsUpdate decode(String json) {
    try {
      return Wire.mapper().readValue(json, CallsUpdate.class);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("undecodable calls update", e);
    }
  }
}

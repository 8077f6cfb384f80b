package org.tadaserver.calls;

import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.bus.Delivery;
import org.tadaserver.presence.CallsUpdate;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.protocol.event.ServerCallState;
import org.tadaserver.protocol.model.OnlineCall;

/**
 * The server events of calls, sent through {@link Deliveries} to the sessions of the users concerned on whatever node
 * they are. Every event names the chat as its recipient does ({@link CallChat#jidFor}). Called on the calls verticle's
 * event loop, so the events of one call leave in the order of its changes.
 */
final class Notifier {
  private final Vertx vertx;

  Notifier(Vertx vertx) {
    this.vertx = vertx;
  }

  /** {@code server.call.state} to every member of the call's chat. */
  void state(Call call) {
    List<Delivery> out = new ArrayList<>();
    for (ChatMember m : call.chat.members()) {
      if (m.user() != null) {
        out.add(Delivery.toUser(call.chat.team(), m.user(), Events.toJson(ServerCallState.of(call.event(m.contact())))));
      }
    }
    Deliveries.publish(vertx, out);
  }

  /** An event to one member's sessions, built from the chat's JID as that member names it. */
  void toMember(Call call, ChatMember member, Function<Jid, Object> event) {
    if (member != null && member.user() != null) {
      Deliveries.publish(vertx, List.of(Delivery.toUser(call.chat.team(), member.user(),
          Events.toJson(event.apply(call.chat.jidFor(member.contact()))))));
    }
  }

  /** An event to every participant but {@code except} (null: to all). */
  void toParticipants(Call call, UUID except, Function<Jid, Object> event) {
    for (Participant p : call.participants.values()) {
      if (!p.member.contact().equals(except)) {
        toMember(call, p.member, event);
      }
    }
  }

  /** The active group and task calls of a team, for {@code server.online} (direct calls are private to the two). */
  void online(UUID team, List<Call> calls) {
    List<OnlineCall> shown = calls.stream().filter(c -> !c.isDirect()).map(Call::online).toList();
    new CallsUpdate(team, shown).publish(vertx);
  }
}

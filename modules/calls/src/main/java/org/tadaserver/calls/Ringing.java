package org.tadaserver.calls;

import java.util.List;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.model.ContactShort;
import org.tadaserver.protocol.model.IconData;
import org.tadaserver.protocol.event.ServerCallBuzz;
import org.tadaserver.protocol.event.ServerCallBuzzcancel;
import org.tadaserver.protocol.event.ServerCallReject;

/**
 * Ringing (reference §3.9 step 3): the chat's other members get {@code server.call.buzz} with {@code buzz_timeout};
 * it stops for one callee when they join (their other devices get {@code server.call.buzzcancel}) or reject, and for
 * everyone at the timeout or when the caller cancels. An unanswered direct call ends at the timeout; a rejected direct
 * call ends at once.
 */
final class Ringing {
  private final CallContext ctx;
  private final Exits exits;

  Ringing(CallContext ctx, Exits exits) {
    this.ctx = ctx;
    this.exits = exits;
  }

  /** A new call: rings every member but the caller. */
  void ringOthers(Call call, UUID caller) {
    List<UUID> others = call.chat.members().stream().map(ChatMember::contact)
        .filter(c -> !c.equals(caller) && !call.participants.containsKey(c)).toList();
    ring(call, call.chat.member(caller), others);
  }

  /** {@code client.call.buzz}: rings (again) the given members, or everyone not in the call. */
  void buzz(Membership actor, Call call, List<String> members) {
    requireParticipant(actor, call);
    List<UUID> targets = members == null || members.isEmpty()
        ? call.chat.members().stream().map(ChatMember::contact).filter(c -> !call.participants.containsKey(c)).toList()
        : members.stream().map(Ringing::contact).filter(c -> call.chat.member(c) != null
            && !call.participants.containsKey(c)).toList();
    ring(call, call.chat.member(actor.contact()), targets);
  }

  /** {@code client.call.buzzcancel}: a participant stops the ringing. */
  void buzzCancel(Membership actor, Call call) {
    requireParticipant(actor, call);
    cancelAll(call);
    call.touch();
    ctx.events().state(call);
  }

  /** {@code client.call.reject}: a callee refuses; a direct call ends. */
  void reject(Membership actor, Call call, String reason) {
    ChatMember me = call.chat.member(actor.contact());
    if (me == null || call.participants.containsKey(actor.contact())) {
      throw ServiceException.badRequest("only a callee who is not in the call can reject it");
    }
    call.ringing.remove(actor.contact());
    String why = reason == null ? "" : reason;
    ctx.events().toParticipants(call, actor.contact(), jid -> new ServerCallReject(jid, call.uid, why));
    ctx.events().toMember(call, me, jid -> new ServerCallBuzzcancel(jid, call.chat.team().toString(), call.uid));
    if (call.isDirect()) {
      exits.end(call);
      return;
    }
    if (call.ringing.isEmpty()) {
      stopTimer(call);
    }
    call.touch();
    ctx.events().state(call);
  }

  /** Stops ringing everyone still rung ({@code server.call.buzzcancel}). */
  void cancelAll(Call call) {
    stopTimer(call);
    for (UUID contact : List.copyOf(call.ringing)) {
      ctx.events().toMember(call, call.chat.member(contact),
          jid -> new ServerCallBuzzcancel(jid, call.chat.team().toString(), call.uid));
    }
    call.ringing.clear();
  }

  void stopTimer(Call call) {
    if (call.buzzTimer >= 0) {
      ctx.vertx().cancelTimer(call.buzzTimer);
      call.buzzTimer = -1;
    }
  }

  private void ring(Call call, ChatMember caller, List<UUID> targets) {
    if (targets.isEmpty() || caller == null) {
      return;
    }
    int timeout = ctx.config().buzzTimeoutSeconds();
    for (UUID contact : targets) {
      ChatMember m = call.chat.member(contact);
      call.ringing.add(contact);
      ctx.events().toMember(call, m, jid -> buzzEvent(call, caller, jid, timeout));
    }
    stopTimer(call);
    call.buzzTimer = ctx.vertx().setTimer(timeout * 1_000L, t -> timedOut(call));
    call.touch();
    ctx.events().state(call);
  }

  private void timedOut(Call call) {
    call.buzzTimer = -1;
    if (ctx.book().ofChat(call.chat.key()) != call) {
      return;
    }
    cancelAll(call);
    if (call.isDirect() && call.participants.size() < 2) {
      exits.end(call);
    } else {
      call.touch();
      ctx.events().state(call);
    }
  }

  private static ServerCallBuzz buzzEvent(Call call, ChatMember caller, Jid jid, int timeout) {
    IconData icon = IconData.generated(caller.letters(), caller.color());
    ContactShort actor = new ContactShort(Jid.contact(caller.contact()), caller.displayName(), caller.displayName(),
        icon, 0);
    String name = call.isDirect() ? caller.displayName() : call.chat.title();
    return new ServerCallBuzz(jid, icon, name, null, null, actor, call.uid, timeout, call.type,
        call.chat.team().toString());
  }

  private static void requireParticipant(Membership actor, Call call) {
    if (!call.participants.containsKey(actor.contact())) {
      throw ServiceException.badRequest("only a participant of the call can do this");
    }
  }

  private static UUID contact(String jid) {
    try {
      Jid parsed = Jid.parse(jid);
      if (parsed.isContact()) {
        return parsed.uuid();
      }
    } catch (IllegalArgumentException e) {
      // refused below
    }
    throw ServiceException.invalid("members", "not a contact JID: " + jid);
  }
}

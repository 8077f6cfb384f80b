package org.tadaserver.calls;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.event.ServerCallLeave;
import org.tadaserver.protocol.event.ServerCallRestart;

/**
 * Leaving: a device leaves on {@code client.call.leave}, when its session closes, when the gateway stops vouching for
 * it (its node died) or when it did not come back after a Janus restart; a participant without devices is out, and
 * the call ends with its last participant ({@code finish} set, the room destroyed). Also the Janus restart itself.
 */
final class Exits {
  private static final Logger log = LoggerFactory.getLogger(Exits.class);
  /** A device the gateway has not vouched for this long is gone (the gateway vouches every 2 s). */
  static final long SILENT_MS = 8_000;
  /** A device that has not re-offered this long after a Janus restart is gone. */
  static final long REOFFER_MS = 10_000;
  private final CallContext ctx;
  private Ringing ringing;

  Exits(CallContext ctx) {
    this.ctx = ctx;
  }

  void ringing(Ringing ringing) {
    this.ringing = ringing;
  }

  /**
   * The call a device of the actor is in.
   *
   * @throws ServiceException NOT_FOUND when the device is in no call, or in another one than {@code uid} (if given)
   */
  Call callOf(Membership actor, String device, String uid) {
    Call call = device == null ? null : ctx.book().ofDevice(device);
    Participant p = call == null ? null : call.owner(device);
    if (p == null || !p.member.contact().equals(actor.contact())
        || (uid != null && !uid.isEmpty() && !uid.equals(call.uid))) {
      throw ServiceException.notFound(uid == null || uid.isEmpty() ? "call of this session" : "call " + uid);
    }
    return call;
  }

  void leave(Membership actor, String device) {
    Call call = callOf(actor, device, null);
    leave(call, device);
  }

  /** Takes a device out; tells its user {@code server.call.leave}; ends the call when nobody is left. */
  void leave(Call call, String device) {
    Participant p = call.owner(device);
    Device d = p.devices.remove(device);
    ctx.book().removeDevice(device);
    if (d.handle != 0) {
      ctx.sfu().bridge().compose(b -> b.leave(d.handle))
          .onFailure(e -> log.debug("detaching {} failed: {}", d.handle, e.toString()));
    }
    ctx.events().toMember(call, p.member, jid -> new ServerCallLeave(jid, call.uid));
    if (p.devices.isEmpty()) {
      call.participants.remove(p.member.contact());
    }
    if (call.participants.isEmpty() || (call.isDirect() && call.participants.size() < 2 && call.start != null)) {
      end(call);
    } else {
      call.touch();
      ctx.events().state(call);
      ctx.events().online(call.chat.team(), ctx.book().ofTeam(call.chat.team()));
    }
  }

  /** Ends the call: ringing stops, everyone left is out, the room goes, members see {@code finish}. */
  void end(Call call) {
    ringing.cancelAll(call);
    for (Device d : call.devices()) {
      if (d.handle != 0) {
        ctx.sfu().bridge().compose(b -> b.leave(d.handle));
      }
    }
    for (Participant p : call.participants.values()) {
      ctx.events().toMember(call, p.member, jid -> new ServerCallLeave(jid, call.uid));
    }
    ctx.book().remove(call);
    call.participants.clear();
    if (call.roomReady != null) {
      call.roomReady.compose(v -> ctx.sfu().bridge()).compose(b -> b.destroyRoom(ctx.sfu().control(), call.room))
          .onFailure(e -> log.debug("destroying room {} failed: {}", call.room, e.toString()));
    }
    call.finish = Instant.now();
    call.touch();
    ctx.events().state(call);
    ctx.events().online(call.chat.team(), ctx.book().ofTeam(call.chat.team()));
  }

  void alive(UUID team, List<String> devices) {
    long now = CallContext.now();
    for (String id : devices) {
      Call call = ctx.book().ofDevice(id);
      if (call != null && call.chat.team().equals(team)) {
        call.device(id).lastSeen = now;
      }
    }
  }

  void gone(UUID team, List<String> devices) {
    for (String id : devices) {
      Call call = ctx.book().ofDevice(id);
      if (call != null && call.chat.team().equals(team)) {
        leave(call, id);
      }
    }
  }

  /** Drops devices whose session is no longer vouched for, or that did not re-offer after a Janus restart. */
  void sweep() {
    long now = CallContext.now();
    for (Call call : ctx.book().all()) {
      for (Device d : call.devices()) {
        boolean silent = now - d.lastSeen > SILENT_MS;
        boolean stale = d.mediaLostAt != 0 && now - d.mediaLostAt > REOFFER_MS;
        if ((silent || stale) && ctx.book().ofDevice(d.id) == call) {
          log.info("device {} leaves call {}: {}", d.id, call.uid, silent ? "session gone" : "no offer after restart");
          leave(call, d.id);
        }
      }
    }
  }

  /** Janus lost every room and handle: participants are told to offer again ({@code server.call.restart}). */
  void restarted() {
    long now = CallContext.now();
    for (Call call : ctx.book().all()) {
      call.roomReady = null;
      for (Device d : call.devices()) {
        d.handle = 0;
        d.participant = 0;
        d.mediaLostAt = now;
      }
      String team = call.chat.team().toString();
      ctx.events().toParticipants(call, null, jid -> new ServerCallRestart(jid, call.uid, team));
    }
  }
}

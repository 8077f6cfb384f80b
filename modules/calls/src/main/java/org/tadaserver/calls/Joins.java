package org.tadaserver.calls;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.calls.janus.AudioBridge;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.IsoTime;
import org.tadaserver.protocol.event.ServerCallBuzzcancel;

/**
 * Joining: {@code client.call.offer} starts the chat's call if there is none (and rings the others), joins the
 * device to the call's AudioBridge room and returns Janus's answer; {@code client.call.sdp} renegotiates and
 * {@code client.call.trickle} passes candidates for a device already in.
 */
final class Joins {
  private final CallContext ctx;
  private final Ringing ringing;
  private final Exits exits;

  Joins(CallContext ctx, Ringing ringing, Exits exits) {
    this.ctx = ctx;
    this.ringing = ringing;
    this.exits = exits;
  }

  Future<CallAnswer> offer(Membership actor, CallOffer offer) {
    String sdp = Sdp.requireOffer(offer.sdp());
    if (offer.device() == null || offer.device().isEmpty()) {
      return Future.failedFuture(ServiceException.invalid("device", "is required"));
    }
    return ctx.chats().resolve(actor, offer.jid()).compose(chat -> {
      Call elsewhere = ctx.book().ofDevice(offer.device());
      if (elsewhere != null && !elsewhere.chat.key().equals(chat.key())) {
        exits.leave(elsewhere, offer.device()); // a device is in one call at a time
      }
      Call call = ctx.book().ofChat(chat.key());
      boolean fresh = call == null;
      if (fresh) {
        if (!ctx.sfu().ready()) {
          return Future.failedFuture(new ServiceException(ApiError.BAD_REQUEST, "media server unavailable"));
        }
        call = new Call(chat, ThreadLocalRandom.current().nextLong(1, 1L << 52), offer.callType(), IsoTime.now());
        ctx.book().add(call);
      } else {
        call.chat = chat; // the members as of now
        if (!call.participants.containsKey(actor.contact())
            && call.participants.size() >= ctx.config().maxParticipants()) {
          return Future.failedFuture(ServiceException.badRequest("the call is full ("
              + ctx.config().maxParticipants() + " participants)"));
        }
      }
      Call joined = call;
      return join(joined, chat.member(actor.contact()), offer, sdp).recover(e -> {
        if (joined.participants.isEmpty()) {
          exits.end(joined);
        }
        return Future.failedFuture(CallContext.refusal(e));
      }).map(answer -> {
        if (fresh) {
          ringing.ringOthers(joined, actor.contact());
        }
        return answer;
      });
    });
  }

  private Future<CallAnswer> join(Call call, ChatMember me, CallOffer offer, String sdp) {
    Device old = call.device(offer.device());
    Future<Void> cleared = old == null || old.handle == 0 ? Future.succeededFuture()
        : ctx.sfu().bridge().compose(b -> b.leave(old.handle)).recover(e -> Future.succeededFuture());
    return cleared.compose(v -> ctx.room(call)).compose(bridge -> bridge.join(call.room, me.displayName(),
        !offer.audio(), sdp).compose(j -> {
          if (ctx.book().ofChat(call.chat.key()) != call) {
            return bridge.leave(j.handle()).transform(x -> Future.failedFuture(ServiceException.notFound("call "
                + call.uid)));
          }
          admit(call, me, offer, j);
          return Future.succeededFuture(new CallAnswer(call.chat.jidFor(me.contact()).toString(), call.uid,
              j.answer()));
        }));
  }

  private void admit(Call call, ChatMember me, CallOffer offer, AudioBridge.Joined j) {
    Participant p = call.participants.computeIfAbsent(me.contact(), c -> new Participant(me));
    Device d = p.devices.computeIfAbsent(offer.device(), id -> new Device(id, offer.useragent(), CallContext.now()));
    d.handle = j.handle();
    d.participant = j.participant();
    d.muted = !offer.audio();
    d.video = offer.video();
    d.mediaLostAt = 0;
    d.lastSeen = CallContext.now();
    ctx.book().addDevice(d.id, call);
    if (call.ringing.remove(me.contact())) {
      // answered here: the user's other devices stop ringing
      ctx.events().toMember(call, me, jid -> new ServerCallBuzzcancel(jid, call.chat.team().toString(), call.uid));
    }
    if (call.ringing.isEmpty()) {
      ringing.stopTimer(call);
    }
    if (call.start == null && call.participants.size() >= 2) {
      call.start = Instant.now();
    }
    call.touch();
    ctx.events().state(call);
    ctx.events().online(call.chat.team(), ctx.book().ofTeam(call.chat.team()));
  }

  Future<CallAnswer> sdp(Membership actor, String device, String uid, String type, String sdp) {
    Call call = exits.callOf(actor, device, uid);
    if (!"offer".equals(type)) {
      return Future.failedFuture(ServiceException.invalid("jsep.type", "only an offer can be renegotiated"));
    }
    String offer = Sdp.requireOffer(sdp);
    Device d = call.device(device);
    if (d.handle == 0) {
      return Future.failedFuture(ServiceException.badRequest("the media session restarted: send client.call.offer"));
    }
    return ctx.sfu().bridge().compose(b -> b.configure(d.handle, d.muted, offer))
        .recover(e -> Future.failedFuture(CallContext.refusal(e)))
        .map(answer -> new CallAnswer(call.chat.jidFor(actor.contact()).toString(), call.uid, answer));
  }

  Future<Void> trickle(Membership actor, String device, String candidate, String sdpMid, int mline) {
    Call call = exits.callOf(actor, device, null);
    Device d = call.device(device);
    if (d.handle == 0) {
      return Future.succeededFuture(); // media restarting: the candidate belongs to a dead PeerConnection
    }
    return ctx.sfu().bridge().compose(b -> b.trickle(d.handle, candidate, sdpMid, mline))
        .recover(e -> Future.failedFuture(CallContext.refusal(e)));
  }
}

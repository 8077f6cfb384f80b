package org.tadaserver.calls;

import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Membership;

/**
 * {@link CallService} on the calls verticle's event loop: operations of a device in a call find it by the device
 * (and check that the JID names that call); the others resolve the chat, which also checks membership.
 */
final class CallServiceImpl implements CallService {
  private final CallContext ctx;
  private final Joins joins;
  private final Exits exits;
  private final Ringing ringing;
  private final Controls controls;

  CallServiceImpl(CallContext ctx) {
    this.ctx = ctx;
    this.exits = new Exits(ctx);
    this.ringing = new Ringing(ctx, exits);
    exits.ringing(ringing);
    this.joins = new Joins(ctx, ringing, exits);
    this.controls = new Controls(ctx);
  }

  Exits exits() {
    return exits;
  }

  Controls controls() {
    return controls;
  }

  @Override
  public Future<CallAnswer> offer(Membership actor, CallOffer offer) {
    return joins.offer(actor, offer);
  }

  @Override
  public Future<CallAnswer> sdp(Membership actor, String jid, String device, String uid, String type, String sdp) {
    inCall(actor, jid, device);
    return joins.sdp(actor, device, uid, type, sdp);
  }

  @Override
  public Future<Void> trickle(Membership actor, String jid, String device, String candidate, String sdpMid,
      int sdpMlineIndex) {
    inCall(actor, jid, device);
    return joins.trickle(actor, device, candidate, sdpMid, sdpMlineIndex);
  }

  @Override
  public Future<Void> leave(Membership actor, String jid, String device, String reason) {
    exits.leave(inCall(actor, jid, device), device);
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> reject(Membership actor, String jid, String reason) {
    return callIn(actor, jid).map(call -> {
      ringing.reject(actor, call, reason);
      return null;
    });
  }

  @Override
  public Future<Void> sound(Membership actor, String jid, String device, boolean muted) {
    return controls.sound(actor, inCall(actor, jid, device), device, muted);
  }

  @Override
  public Future<Void> video(Membership actor, String jid, String device, boolean enabled) {
    controls.video(inCall(actor, jid, device), device, enabled);
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> screenshare(Membership actor, String jid, String device, boolean enabled) {
    controls.screenshare(actor, inCall(actor, jid, device), device, enabled);
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> muteAll(Membership actor, String jid) {
    return callIn(actor, jid).compose(call -> controls.muteAll(actor, call));
  }

  @Override
  public Future<Void> buzz(Membership actor, String jid, List<String> members) {
    return callIn(actor, jid).map(call -> {
      ringing.buzz(actor, call, members);
      return null;
    });
  }

  @Override
  public Future<Void> buzzCancel(Membership actor, String jid) {
    return callIn(actor, jid).map(call -> {
      ringing.buzzCancel(actor, call);
      return null;
    });
  }

  @Override
  public Future<Void> alive(UUID team, List<String> devices) {
    exits.alive(team, devices);
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> gone(UUID team, List<String> devices) {
    exits.gone(team, devices);
    return Future.succeededFuture();
  }

  /** The call the device is in, which must be the one {@code jid} names. */
  private Call inCall(Membership actor, String jid, String device) {
    Call call = exits.callOf(actor, device, null);
    if (jid != null && !jid.isEmpty() && !call.chat.jidFor(actor.contact()).toString().equals(jid)) {
      throw ServiceException.notFound("call in " + jid);
    }
    return call;
  }

  /** The running call of a chat the actor is a member of. */
  private Future<Call> callIn(Membership actor, String jid) {
    return ctx.chats().resolve(actor, jid).compose(chat -> {
      Call call = ctx.book().ofChat(chat.key());
      if (call == null) {
        return Future.failedFuture(ServiceException.notFound("call in " + jid));
      }
      call.chat = chat;
      return Future.succeededFuture(call);
    });
  }
}

package org.tadaserver.calls;

import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;
import org.tadaserver.directory.Membership;

/**
 * Calls, served over the event bus ({@code BusRpc}) by the calls verticle that owns the actor's team (see the app's
 * cluster package). {@code jid} is the chat as the actor names it; {@code device} the actor's WebSocket session.
 * Refusals are {@code ServiceException}s whose text the gateway shows in {@code server.warning}: NOT_FOUND for a chat
 * the actor is not a member of or a call that does not exist, ACCESS_DENIED for muteall without the right, INVALID_DATA
 * for a malformed SDP (Janus's reason is in the text), BAD_REQUEST when the call is full or the SFU is unreachable.
 */
public interface CallService {
  String ADDRESS = "tada.calls";

  /** Joins (starting the call and ringing the others if there is none) and returns Janus's answer. */
  Future<CallAnswer> offer(Membership actor, CallOffer offer);

  /** Renegotiation: a new offer from a device already in the call. */
  Future<CallAnswer> sdp(Membership actor, String jid, String device, String uid, String type, String sdp);

  /** An ICE candidate of a device in the call; an empty candidate ends gathering. */
  Future<Void> trickle(Membership actor, String jid, String device, String candidate, String sdpMid, int sdpMlineIndex);

  /** The device leaves; the call ends when nobody is left. */
  Future<Void> leave(Membership actor, String jid, String device, String reason);

  /** A callee refuses the ringing call. */
  Future<Void> reject(Membership actor, String jid, String reason);

  /** The device mutes or unmutes its microphone. */
  Future<Void> sound(Membership actor, String jid, String device, boolean muted);

  /** The device turns its camera on or off. */
  Future<Void> video(Membership actor, String jid, String device, boolean enabled);

  /** The device starts or stops sharing its screen. */
  Future<Void> screenshare(Membership actor, String jid, String device, boolean enabled);

  /** Mutes every other participant (team admins and chat admins only). */
  Future<Void> muteAll(Membership actor, String jid);

  /** Rings (again) the chat's members who are not in the call, or only {@code members} (contact JIDs). */
  Future<Void> buzz(Membership actor, String jid, List<String> members);

  /** Stops ringing the call the actor is in. */
  Future<Void> buzzCancel(Membership actor, String jid);

  /** The gateway's heartbeat: these devices of {@code team} still have their session. */
  Future<Void> alive(UUID team, List<String> devices);

  /** These devices of {@code team} lost their session: they leave their calls now. */
  Future<Void> gone(UUID team, List<String> devices);
}

package org.tadaserver.gateway.ws.call;

import io.vertx.core.Future;
import java.util.List;
import org.tadaserver.calls.CallAnswer;
import org.tadaserver.calls.CallOffer;
import org.tadaserver.calls.CallService;
import org.tadaserver.gateway.ws.ClientEvent;
import org.tadaserver.gateway.ws.InvalidEventException;
import org.tadaserver.gateway.ws.Session;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.CallType;
import org.tadaserver.protocol.enums.JsepType;
import org.tadaserver.protocol.event.ClientCallBuzz;
import org.tadaserver.protocol.event.ClientCallLeave;
import org.tadaserver.protocol.event.ClientCallOffer;
import org.tadaserver.protocol.event.ClientCallReject;
import org.tadaserver.protocol.event.ClientCallScreenshare;
import org.tadaserver.protocol.event.ClientCallSdp;
import org.tadaserver.protocol.event.ClientCallSound;
import org.tadaserver.protocol.event.ClientCallTrickle;
import org.tadaserver.protocol.event.ClientCallVideo;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.protocol.event.ServerCallSdp;
import org.tadaserver.protocol.model.Jsep;

/**
 * Each call event: its params decoded strictly, the session's device id attached, the call service asked. An offer or
 * a renegotiation is answered on the same session with {@code server.call.sdp {jid, uid, jsep:{type:"answer"}}}
 * (reference §3.9: what current clients wait for). Everything else reaches the participants as server events from the
 * call's owner.
 */
final class CallHandlers {
  private final CallService calls;
  private final CallSessions sessions;

  CallHandlers(CallService calls, CallSessions sessions) {
    this.calls = calls;
    this.sessions = sessions;
  }

  Future<Void> offer(Session session, ClientEvent event) {
    ClientCallOffer p = event.params(ClientCallOffer.class);
    String jid = jid(event, p.jid());
    // enabled_audio is omitempty (false = left out): an old client sends only the deprecated muted
    boolean audio = p.enabledAudio() || (!p.muted() && (event.params() == null || !event.params().has("enabled_audio")));
    CallOffer offer = new CallOffer(jid, sessions.device(session), "", p.sdp(),
        p.callType() == null ? CallType.AUDIO : p.callType(), audio, p.enabledVideo());
    return calls.offer(session.identity().membership(), offer).map(answer -> answer(session, answer));
  }

  Future<Void> sdp(Session session, ClientEvent event) {
    ClientCallSdp p = event.params(ClientCallSdp.class);
    String jid = jid(event, p.jid());
    if (p.jsep() == null || p.jsep().sdp() == null || p.jsep().type() == null) {
      throw new InvalidEventException(event.name() + ": params.jsep {sdp, type} is required");
    }
    String type = p.jsep().type().wire();
    return calls.sdp(session.identity().membership(), jid, sessions.device(session), p.uid(), type, p.jsep().sdp())
        .map(answer -> answer(session, answer));
  }

  Future<Void> trickle(Session session, ClientEvent event) {
    ClientCallTrickle p = event.params(ClientCallTrickle.class);
    return calls.trickle(session.identity().membership(), jid(event, p.jid()), sessions.device(session),
        p.candidate(), p.sdpMid(), p.sdpMlineIndex());
  }

  Future<Void> leave(Session session, ClientEvent event) {
    ClientCallLeave p = event.params(ClientCallLeave.class);
    return calls.leave(session.identity().membership(), jid(event, p.jid()), sessions.device(session), p.reason());
  }

  Future<Void> reject(Session session, ClientEvent event) {
    ClientCallReject p = event.params(ClientCallReject.class);
    return calls.reject(session.identity().membership(), jid(event, p.jid()), p.reason());
  }

  Future<Void> sound(Session session, ClientEvent event) {
    ClientCallSound p = event.params(ClientCallSound.class);
    return calls.sound(session.identity().membership(), jid(event, p.jid()), sessions.device(session), p.muted());
  }

  Future<Void> video(Session session, ClientEvent event) {
    ClientCallVideo p = event.params(ClientCallVideo.class);
    return calls.video(session.identity().membership(), jid(event, p.jid()), sessions.device(session), p.enabled());
  }

  Future<Void> screenshare(Session session, ClientEvent event) {
    ClientCallScreenshare p = event.params(ClientCallScreenshare.class);
    if (p.callJid() == null) {
      throw new InvalidEventException(event.name() + ": params.call_jid is required");
    }
    return calls.screenshare(session.identity().membership(), p.callJid().toString(), sessions.device(session),
        p.screenshareEnabled());
  }

  Future<Void> muteAll(Session session, ClientEvent event) {
    return calls.muteAll(session.identity().membership(), event.requiredString("jid"));
  }

  Future<Void> buzz(Session session, ClientEvent event) {
    ClientCallBuzz p = event.params(ClientCallBuzz.class);
    List<String> members = p.members() == null ? List.of() : p.members().stream().map(Jid::toString).toList();
    return calls.buzz(session.identity().membership(), jid(event, p.jid()), members);
  }

  Future<Void> buzzCancel(Session session, ClientEvent event) {
    return calls.buzzCancel(session.identity().membership(), event.requiredString("jid"));
  }

  private static Void answer(Session session, CallAnswer answer) {
    session.send(Events.toJson(new ServerCallSdp(Jid.parse(answer.jid()), null, answer.uid(),
        new Jsep(answer.sdp(), JsepType.ANSWER))));
    return null;
  }

  private static String jid(ClientEvent event, Jid jid) {
    if (jid == null) {
      throw new InvalidEventException(event.name() + ": params.jid is required");
    }
    return jid.toString();
  }
}

package org.tadaserver.calls;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.calls.janus.AudioBridge;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.event.ServerCallMuteall;
import org.tadaserver.protocol.event.ServerCallScreenshare;
import org.tadaserver.protocol.event.ServerCallSound;
import org.tadaserver.protocol.event.ServerCallTalking;

/**
 * What participants change while in a call: their microphone ({@code client.call.sound}, applied in the AudioBridge
 * mix too), camera and screen sharing (state only: the AudioBridge carries no video), everyone else's microphone
 * ({@code client.call.muteall}, for team admins and the chat's admins), and who is talking (from Janus).
 */
final class Controls {
  private final CallContext ctx;

  Controls(CallContext ctx) {
    this.ctx = ctx;
  }

  Future<Void> sound(Membership actor, Call call, String device, boolean muted) {
    Device d = call.device(device);
    d.muted = muted;
    changed(call);
    ctx.events().toMember(call, call.chat.member(actor.contact()), jid -> new ServerCallSound(jid, muted));
    return mute(List.of(d), muted);
  }

  void video(Call call, String device, boolean enabled) {
    call.device(device).video = enabled;
    changed(call);
  }

  void screenshare(Membership actor, Call call, String device, boolean enabled) {
    call.device(device).screenshare = enabled;
    Jid actorJid = Jid.contact(actor.contact());
    ctx.events().toParticipants(call, null, jid -> new ServerCallScreenshare(enabled, jid, actorJid));
    changed(call);
  }

  /** Mutes every other participant's devices. */
  Future<Void> muteAll(Membership actor, Call call) {
    ChatMember me = call.chat.member(actor.contact());
    if (!actor.isAdmin() && (me == null || !me.admin())) {
      throw ServiceException.accessDenied("only team admins and the chat's admins can mute everyone");
    }
    List<Device> others = new ArrayList<>();
    for (Participant p : call.participants.values()) {
      if (!p.member.contact().equals(actor.contact())) {
        p.devices.values().forEach(d -> {
          d.muted = true;
          others.add(d);
        });
      }
    }
    ctx.events().toParticipants(call, actor.contact(), jid -> new ServerCallMuteall(jid, true));
    changed(call);
    return mute(others, true);
  }

  /** Janus says a device started or stopped talking; every participant hears of a change. */
  void talking(long room, long participant, boolean talking) {
    Call call = ctx.book().ofRoom(room);
    if (call == null) {
      return;
    }
    for (Participant p : call.participants.values()) {
      for (Device d : p.devices.values()) {
        if (d.participant == participant && d.talking != talking) {
          d.talking = talking;
          Jid actor = Jid.contact(p.member.contact());
          ctx.events().toParticipants(call, null, jid -> new ServerCallTalking(jid, actor, talking));
        }
      }
    }
  }

  private void changed(Call call) {
    call.touch();
    ctx.events().state(call);
  }

  private Future<Void> mute(List<Device> devices, boolean muted) {
    List<Device> live = devices.stream().filter(d -> d.handle != 0).toList();
    if (live.isEmpty()) {
      return Future.succeededFuture();
    }
    return ctx.sfu().bridge().compose((AudioBridge b) -> Future.all(live.stream().map(d -> b.mute(d.handle, muted))
        .toList())).<Void>mapEmpty().recover(e -> Future.failedFuture(CallContext.refusal(e)));
  }
}

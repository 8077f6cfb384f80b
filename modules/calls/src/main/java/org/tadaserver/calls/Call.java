package org.tadaserver.calls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tadaserver.protocol.Gentime;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.CallType;
import org.tadaserver.protocol.model.CallDevice;
import org.tadaserver.protocol.model.CallEvent;
import org.tadaserver.protocol.model.CallOnliner;
import org.tadaserver.protocol.model.OnlineCall;

/**
 * One call in one chat (reference §3.9): who is in it with which devices, who is being rung, and its times. Ringing:
 * some callees are rung and nobody answered yet ({@code buzz}, no {@code start} for a direct call); active: {@code start}
 * set (at creation for group and task calls, at the second participant for a direct call); it ends when the last
 * participant leaves. Mutable; owned by the calls verticle.
 */
final class Call {
  final String uid = UUID.randomUUID().toString();
  final long room;
  final Instant created;
  final CallType type;
  CallChat chat;
  Instant start;
  Instant finish;
  long gentime = Gentime.next();
  final Map<UUID, Participant> participants = new LinkedHashMap<>();
  /** Contacts being rung. */
  final Set<UUID> ringing = new LinkedHashSet<>();
  long buzzTimer = -1;
  /** The Janus room exists in the current session; null until created (again, after a Janus restart). */
  io.vertx.core.Future<Void> roomReady;

  Call(CallChat chat, long room, CallType type, Instant now) {
    this.chat = chat;
    this.room = room;
    this.type = type == null ? CallType.AUDIO : type;
    this.created = now;
    if (chat.shared() != null) {
      start = now;
    }
  }

  boolean isDirect() {
    return chat.shared() == null;
  }

  /** Marks a change: a new gentime. */
  void touch() {
    gentime = Gentime.next();
  }

  Device device(String id) {
    for (Participant p : participants.values()) {
      Device d = p.devices.get(id);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  Participant owner(String device) {
    return participants.values().stream().filter(p -> p.devices.containsKey(device)).findFirst().orElse(null);
  }

  List<Device> devices() {
    List<Device> all = new ArrayList<>();
    participants.values().forEach(p -> all.addAll(p.devices.values()));
    return all;
  }

  /** The state as {@code contact} sees it (a direct call is named by the other contact). */
  CallEvent event(UUID contact) {
    List<CallOnliner> onliners = participants.values().stream().map(Call::onliner).toList();
    return CallEvent.builder().jid(chat.jidFor(contact)).uid(uid).buzz(!ringing.isEmpty()).created(created)
        .start(start).finish(finish).audiorecord(false).onliners(onliners).gentime(gentime).build();
  }

  /** The call as {@code server.online} lists it. */
  OnlineCall online() {
    return new OnlineCall(chat.shared(), uid, start, participants.size(), type);
  }

  private static CallOnliner onliner(Participant p) {
    List<CallDevice> devices = p.devices.values().stream().map(d -> new CallDevice(d.muted, d.useragent)).toList();
    ChatMember m = p.member;
    return new CallOnliner(Jid.contact(m.contact()), m.displayName(), m.role(), "", p.muted(), p.video(),
        p.screenshare(), devices);
  }
}

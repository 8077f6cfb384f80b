package org.tadaserver.calls;

import java.util.LinkedHashMap;
import java.util.Map;

/** A person in a call with the devices they joined from (usually one). Mutable; owned by the calls verticle. */
final class Participant {
  final ChatMember member;
  final Map<String, Device> devices = new LinkedHashMap<>();

  Participant(ChatMember member) {
    this.member = member;
  }

  /** Muted when every device is. */
  boolean muted() {
    return devices.values().stream().allMatch(d -> d.muted);
  }

  boolean video() {
    return devices.values().stream().anyMatch(d -> d.video);
  }

  boolean screenshare() {
    return devices.values().stream().anyMatch(d -> d.screenshare);
  }
}

package org.tadaserver.calls;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The calls this node owns, by chat key, by device and by Janus room. Owned by the calls verticle. */
final class CallBook {
  private final Map<String, Call> byChat = new HashMap<>();
  private final Map<String, Call> byDevice = new HashMap<>();
  private final Map<Long, Call> byRoom = new HashMap<>();

  Call ofChat(String key) {
    return byChat.get(key);
  }

  Call ofDevice(String device) {
    return byDevice.get(device);
  }

  Call ofRoom(long room) {
    return byRoom.get(room);
  }

  void add(Call call) {
    byChat.put(call.chat.key(), call);
    byRoom.put(call.room, call);
  }

  void remove(Call call) {
    byChat.remove(call.chat.key(), call);
    byRoom.remove(call.room, call);
    call.devices().forEach(d -> byDevice.remove(d.id, call));
  }

  void addDevice(String device, Call call) {
    byDevice.put(device, call);
  }

  void removeDevice(String device) {
    byDevice.remove(device);
  }

  List<Call> all() {
    return List.copyOf(byChat.values());
  }

  List<Call> ofTeam(UUID team) {
    return byChat.values().stream().filter(c -> c.chat.team().equals(team)).toList();
  }
}

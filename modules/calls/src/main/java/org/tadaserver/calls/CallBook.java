package org.tadaserver.calls;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** The calls this node owns, by chat key, by device and by Janus room. Owned by the calls verticle. */
final class CallBook {
  private final Map<String, Call> byChat = new HashMap<>();
  private final Map<String, Call> byDevice = new HashMap<>();
  private final Map<Long, Call> byRoom = new HashMap<>();
  /** The number of calls, readable from any thread (the metrics scrape). */
  private final AtomicInteger active = new AtomicInteger();

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
    if (byChat.put(call.chat.key(), call) == null) {
      active.incrementAndGet();
    }
    byRoom.put(call.room, call);
  }

  void remove(Call call) {
    if (byChat.remove(call.chat.key(), call)) {
      active.decrementAndGet();
    }
    byRoom.remove(call.room, call);
    call.devices().forEach(d -> byDevice.remove(d.id, call));
  }

  void addDevice(String device, Call call) {
    byDevice.put(device, call);
  }

  void removeDevice(String device) {
    byDevice.remove(device);
  }

  int active() {
    return active.get();
  }

  List<Call> all() {
    return List.copyOf(byChat.values());
  }

  List<Call> ofTeam(UUID team) {
    return byChat.values().stream().filter(c -> c.chat.team().equals(team)).toList();
  }
}

package org.tadaserver.gateway.ws;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The last {@code server.online} frame of each team on this gateway instance, so that the list presence hands a
 * connecting session is encoded once, not once per connect: presence answers connects with the very String it last
 * broadcast while the team's view has not changed, and an equal text reuses the frame. Owned by the instance's event
 * loop.
 */
final class OnlineFrames {
  private final Map<UUID, OutboundFrame> byTeam = new HashMap<>();
  private final Map<UUID, String> texts = new HashMap<>();

  /** Records a team's latest broadcast frame. */
  void broadcast(UUID team, String text, OutboundFrame frame) {
    byTeam.put(team, frame);
    texts.put(team, text);
  }

  /** The frame for this text of the team's list: the cached one when it is the same text, else a new encoding. */
  OutboundFrame frame(UUID team, String text) {
    String last = texts.get(team);
    if (last != null && (last == text || last.equals(text))) {
      return byTeam.get(team);
    }
    OutboundFrame frame = OutboundFrame.shared(text);
    broadcast(team, text, frame);
    return frame;
  }

  /** The team has no sessions here any more. */
  void forget(UUID team) {
    byTeam.remove(team);
    texts.remove(team);
  }
}

package org.tadaserver.calls;

import java.util.ArrayList;
import java.util.List;
import org.tadaserver.protocol.model.IceServer;

/**
 * Settings of calls ({@code calls.*} in conf/application.yaml).
 *
 * @param janusUrl Janus's HTTP API root, e.g. {@code http://127.0.0.1:8088/janus}; empty = calls are off
 * @param iceServers STUN/TURN servers clients are told about in features.json
 * @param maxParticipants most participants (people) in one call
 * @param buzzTimeoutSeconds how long callees are rung before the ringing stops
 * @param mobileCalls whether mobile apps may call (features.json {@code mobile_calls})
 */
public record CallsConfig(String janusUrl, List<IceServer> iceServers, int maxParticipants, int buzzTimeoutSeconds,
    boolean mobileCalls) {

  public CallsConfig {
    janusUrl = janusUrl == null ? "" : janusUrl.strip();
    iceServers = iceServers == null ? List.of() : List.copyOf(iceServers);
    if (maxParticipants < 2) {
      throw new IllegalArgumentException("calls.max_participants must be at least 2");
    }
    if (buzzTimeoutSeconds < 1) {
      throw new IllegalArgumentException("calls.buzz_timeout must be at least 1 second");
    }
  }

  /** Calls switched off (no SFU). */
  public static CallsConfig disabled() {
    return new CallsConfig("", List.of(), 16, 30, false);
  }

  /** Whether calls are on: an SFU is configured. */
  public boolean enabled() {
    return !janusUrl.isEmpty();
  }

  /**
   * Parses {@code calls.ice_servers}: entries separated by spaces or commas, each {@code urls} or
   * {@code urls|username|credential}, e.g. {@code stun:stun.example.org:3478 turn:turn.example.org:3478|u|secret}.
   *
   * @throws IllegalArgumentException for an entry without a {@code stun:}, {@code stuns:}, {@code turn:} or
   *     {@code turns:} URL, or with a username but no credential
   */
  public static List<IceServer> parseIceServers(String text) {
    List<IceServer> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String entry : text.trim().split("[,\\s]+")) {
      if (entry.isEmpty()) {
        continue;
      }
      String[] parts = entry.split("\\|", -1);
      String urls = parts[0];
      if (!urls.matches("(?i)(stun|stuns|turn|turns):.+")) {
        throw new IllegalArgumentException("calls.ice_servers: not a STUN/TURN URL: " + urls);
      }
      if (parts.length == 1) {
        out.add(new IceServer(urls, null, null));
      } else if (parts.length == 3 && !parts[1].isEmpty() && !parts[2].isEmpty()) {
        out.add(new IceServer(urls, parts[1], parts[2]));
      } else {
        throw new IllegalArgumentException("calls.ice_servers: expected urls|username|credential: " + entry);
      }
    }
    return out;
  }
}

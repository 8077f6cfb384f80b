package org.tadaserver.calls;

/**
 * One WebSocket session of a participant in a call, with its Janus handle. Mutable; owned by the calls verticle.
 */
final class Device {
  final String id;
  final String useragent;
  boolean muted;
  boolean video;
  boolean screenshare;
  boolean talking;
  /** Janus handle and AudioBridge participant id; 0 while the device has no media (after a Janus restart). */
  long handle;
  long participant;
  /** When the gateway last said the session is there (or the device joined), in ms. */
  long lastSeen;
  /** When the device lost its media to a Janus restart (ms); 0 while it has media. */
  long mediaLostAt;

  Device(String id, String useragent, long now) {
    this.id = id;
    this.useragent = useragent == null ? "" : useragent;
    this.lastSeen = now;
  }
}

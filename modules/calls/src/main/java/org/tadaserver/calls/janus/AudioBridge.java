package org.tadaserver.calls.janus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import org.tadaserver.protocol.Wire;

/**
 * The Janus AudioBridge requests the calls need, on one session: a room per call (mixing, with talking events), and
 * per participant device a handle that joins the room and sends its SDP offer; Janus's answer comes back. Requests
 * and their replies are those verified in shared/notes/janus.md.
 */
public final class AudioBridge {
  public static final String PLUGIN = "janus.plugin.audiobridge";
  private final JanusSession session;

  /** A device's place in a room: its handle, its AudioBridge participant id and Janus's SDP answer. */
  public record Joined(long handle, long participant, String answer) {}

  public AudioBridge(JanusSession session) {
    this.session = session;
  }

  public JanusSession session() {
    return session;
  }

  /** A control handle for room requests. */
  public Future<Long> control() {
    return session.attach(PLUGIN);
  }

  /** Creates a temporary room that reports who is talking ({@code audiolevel_event}). */
  public Future<Void> createRoom(long control, long room) {
    ObjectNode create = request("create").put("room", room).put("permanent", false).put("sampling_rate", 48_000)
        .put("audiolevel_event", true);
    return session.request(control, create).mapEmpty();
  }

  /** Destroys a room; its participants are kicked. */
  public Future<Void> destroyRoom(long control, long room) {
    return session.request(control, request("destroy").put("room", room).put("permanent", false)).mapEmpty();
  }

  /**
   * Attaches a handle for one device, joins it to {@code room} and sends its offer ({@code configure} with the JSEP).
   * The handle is detached again when any step fails.
   */
  public Future<Joined> join(long room, String display, boolean muted, String offer) {
    return session.attach(PLUGIN).compose(handle -> joinWith(handle, room, display, muted, offer)
        .recover(e -> session.detach(handle).transform(x -> Future.<Joined>failedFuture(e))));
  }

  private Future<Joined> joinWith(long handle, long room, String display, boolean muted, String offer) {
    ObjectNode join = request("join").put("room", room).put("display", display).put("muted", muted);
    return session.message(handle, join, null).compose(joined -> {
      long participant = joined.path("plugindata").path("data").path("id").asLong();
      return configure(handle, muted, offer).map(answer -> new Joined(handle, participant, answer));
    });
  }

  /** Sends a new offer on a handle (renegotiation); Janus's answer. */
  public Future<String> configure(long handle, boolean muted, String offer) {
    ObjectNode jsep = Wire.mapper().createObjectNode().put("type", "offer").put("sdp", offer);
    return session.message(handle, request("configure").put("muted", muted), jsep).map(AudioBridge::answer);
  }

  /** Mutes or unmutes a device in the mix. */
  public Future<Void> mute(long handle, boolean muted) {
    return session.message(handle, request("configure").put("muted", muted), null).mapEmpty();
  }

  /** Passes an ICE candidate; an empty candidate means the device finished gathering. */
  public Future<Void> trickle(long handle, String candidate, String sdpMid, int sdpMlineIndex) {
    ObjectNode c = Wire.mapper().createObjectNode();
    if (candidate == null || candidate.isEmpty()) {
      c.put("completed", true);
    } else {
      c.put("candidate", candidate).put("sdpMLineIndex", sdpMlineIndex);
      if (sdpMid != null && !sdpMid.isEmpty()) {
        c.put("sdpMid", sdpMid);
      }
    }
    return session.trickle(handle, c);
  }

  /** Takes a device out: its handle is detached (it leaves the room, its PeerConnection closes). */
  public Future<Void> leave(long handle) {
    return session.detach(handle);
  }

  private static String answer(JsonNode event) {
    JsonNode jsep = event.path("jsep");
    if (!"answer".equals(jsep.path("type").asText()) || !jsep.path("sdp").isTextual()) {
      throw new JanusException(500, "no SDP answer from Janus");
    }
    return jsep.path("sdp").asText();
  }

  private static ObjectNode request(String name) {
    return Wire.mapper().createObjectNode().put("request", name);
  }
}

package org.tadaserver.gateway.ws;

import com.fasterxml.jackson.databind.JsonNode;
import org.tadaserver.protocol.IsoTime;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.protocol.event.ServerConfirm;
import org.tadaserver.protocol.event.ServerTime;
import org.tadaserver.protocol.event.ServerWarning;

/** Frame texts of the server events the session layer itself sends. */
final class ServerEvents {
  private ServerEvents() {}

  /** {@code server.confirm {confirm_id}}; the reply has no top-level confirm_id of its own. */
  static String confirm(String confirmId) {
    return Events.toJson(new ServerConfirm(confirmId));
  }

  /** {@code server.warning {message, orig}}, orig being the client's event (object) or its raw text (string). */
  static String warning(String message, JsonNode orig) {
    return Events.toJson(new ServerWarning(message, orig));
  }

  static String time() {
    return Events.toJson(new ServerTime(IsoTime.now()));
  }
}

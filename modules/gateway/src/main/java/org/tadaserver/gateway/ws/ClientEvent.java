package org.tadaserver.gateway.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tadaserver.protocol.Envelope;
import org.tadaserver.protocol.WireException;
import org.tadaserver.protocol.event.Events;

/**
 * One well-formed client event: a JSON object with a string {@code event}, an object or no {@code params}, and a
 * string or no {@code confirm_id} ({@link FrameParser} checks all of that).
 *
 * @param name the event name, for example {@code client.ping}
 * @param params the params object, or null when the frame had none
 * @param confirmId the confirm id to echo in {@code server.confirm}, or null
 * @param orig the whole frame as received, echoed in a {@code server.warning}
 */
public record ClientEvent(String name, ObjectNode params, String confirmId, JsonNode orig) {
  /** Whether the client asked for a {@code server.confirm} (a non-empty confirm_id). */
  public boolean wantsConfirm() {
    return confirmId != null && !confirmId.isEmpty();
  }

  /**
   * The params decoded into the event's record from {@code org.tadaserver.protocol.event}.
   *
   * @throws InvalidEventException when they do not fit the record
   */
  public <T> T params(Class<T> type) {
    try {
      return Events.decode(new Envelope(name, params, confirmId), type);
    } catch (WireException e) {
      throw new InvalidEventException(e.getMessage());
    }
  }

  /**
   * A string param that must be present and non-empty.
   *
   * @throws InvalidEventException when it is missing, empty or not a JSON string
   */
  public String requiredString(String field) {
    JsonNode value = params == null ? null : params.get(field);
    if (value == null || value.isNull()) {
      throw new InvalidEventException(name + ": params." + field + " is required");
    }
    if (!value.isTextual()) {
      throw new InvalidEventException(name + ": params." + field + " must be a string");
    }
    if (value.asText().isEmpty()) {
      throw new InvalidEventException(name + ": params." + field + " must not be empty");
    }
    return value.asText();
  }
}

package org.tadaserver.gateway.ws.chat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.gateway.rest.Bodies;
import org.tadaserver.gateway.ws.ClientEvent;
import org.tadaserver.gateway.ws.InvalidEventException;

/**
 * Params of the chat events, decoded with the same strict, Go-like type checks as REST bodies ({@link Bodies}):
 * {@code "to": 5} or {@code "important": "yes"} is refused rather than converted. A failure is an
 * {@link InvalidEventException} whose text names the event and the key, e.g.
 * {@code client.message.updated: params.to: invalid value}, shown to the client in {@code server.warning}.
 */
final class EventParams {
  private EventParams() {}

  static <T> T decode(ClientEvent event, Class<T> type) {
    ObjectNode params = event.params();
    byte[] json = (params == null ? "{}" : params.toString()).getBytes(StandardCharsets.UTF_8);
    try {
      return Bodies.parse(json, type);
    } catch (ServiceException e) {
      throw new InvalidEventException(event.name() + ": params." + e.getMessage());
    }
  }

  /** Fails like a missing key when {@code value} is null. */
  static <T> T required(ClientEvent event, String key, T value) {
    if (value == null) {
      throw new InvalidEventException(event.name() + ": params." + key + " is required");
    }
    return value;
  }
}

package org.tadaserver.protocol.event;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Params of {@code server.warning}: a client event could not be processed.
 *
 * @param message what went wrong
 * @param orig the original event (object or string)
 */
@EventName("server.warning")
public record ServerWarning(
        String message,
        JsonNode orig) {
}

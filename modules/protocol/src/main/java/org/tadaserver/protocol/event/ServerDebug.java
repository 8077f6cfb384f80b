package org.tadaserver.protocol.event;

/**
 * Params of {@code server.debug}: debug text.
 */
@EventName("server.debug")
public record ServerDebug(
        String text) {
}

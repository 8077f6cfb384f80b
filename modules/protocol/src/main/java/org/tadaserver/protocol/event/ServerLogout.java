package org.tadaserver.protocol.event;

/**
 * Params of {@code server.logout}: this session is no longer valid; the socket closes after it.
 */
@EventName("server.logout")
public record ServerLogout(
        String reason) {
}

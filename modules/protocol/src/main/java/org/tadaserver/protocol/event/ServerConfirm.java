package org.tadaserver.protocol.event;

/**
 * Params of {@code server.confirm}: the server stored a client event that carried a confirm_id.
 */
@EventName("server.confirm")
public record ServerConfirm(
        String confirmId) {
}

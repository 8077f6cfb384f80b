package org.tadaserver.protocol.event;

/**
 * Params of {@code client.ping}: connection check; the envelope has no params and carries a confirm_id that the
 * server answers with {@code server.confirm}.
 */
@EventName("client.ping")
public record ClientPing() {
}

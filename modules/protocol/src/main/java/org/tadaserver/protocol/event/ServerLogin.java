package org.tadaserver.protocol.event;

/**
 * Params of {@code server.login}: the account logged in on another device.
 */
@EventName("server.login")
public record ServerLogin(
        String deviceName) {
}

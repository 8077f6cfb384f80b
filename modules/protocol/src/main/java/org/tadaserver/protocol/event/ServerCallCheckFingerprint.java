package org.tadaserver.protocol.event;

/**
 * Params of {@code server.call.checkfingerprint}: experimental fingerprint check.
 */
@EventName("server.call.checkfingerprint")
public record ServerCallCheckFingerprint(
        String fingerprint) {
}

package org.tadaserver.protocol.event;

import java.time.Instant;

/**
 * Params of {@code server.time}: current server time.
 */
@EventName("server.time")
public record ServerTime(
        Instant time) {
}

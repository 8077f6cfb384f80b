package org.tadaserver.protocol.model;

import org.tadaserver.protocol.OmitEmpty;

import java.time.Instant;

/**
 * A WebSocket session.
 */
public record Session(
        String uid,
        Instant created,
        @OmitEmpty String addr,
        @OmitEmpty boolean afk,
        @OmitEmpty boolean isMobile,
        @OmitEmpty String lang,
        @OmitEmpty String team,
        @OmitEmpty String useragent) {
}

package org.tadaserver.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An ICE candidate in {@code server.call.answer}.
 */
public record IceCandidate(
        String candidate,
        @JsonProperty("sdpMLineIndex") int sdpMLineIndex) {
}

package org.tadaserver.protocol.model;

import org.tadaserver.protocol.enums.JsepType;

/**
 * A WebRTC session description.
 */
public record Jsep(
        String sdp,
        JsepType type) {
}

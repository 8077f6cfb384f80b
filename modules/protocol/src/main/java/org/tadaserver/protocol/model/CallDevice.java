package org.tadaserver.protocol.model;

/**
 * One device of a call participant.
 */
public record CallDevice(
        boolean muted,
        String useragent) {
}

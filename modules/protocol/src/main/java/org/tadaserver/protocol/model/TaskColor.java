package org.tadaserver.protocol.model;

/**
 * A task colour in its three UI variants (hex strings).
 */
public record TaskColor(
        String regular,
        String dark,
        String light) {
}

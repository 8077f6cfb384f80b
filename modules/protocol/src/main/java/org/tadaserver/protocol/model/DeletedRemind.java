package org.tadaserver.protocol.model;

/**
 * A remind deleted.
 */
public record DeletedRemind(
        String uid) {
}

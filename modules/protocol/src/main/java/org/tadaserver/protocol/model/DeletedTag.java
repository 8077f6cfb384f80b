package org.tadaserver.protocol.model;

/**
 * A tag deleted.
 */
public record DeletedTag(
        String uid) {
}

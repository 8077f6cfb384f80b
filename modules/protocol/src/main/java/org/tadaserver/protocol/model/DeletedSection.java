package org.tadaserver.protocol.model;

/**
 * A section deleted.
 */
public record DeletedSection(
        String uid,
        long gentime) {
}

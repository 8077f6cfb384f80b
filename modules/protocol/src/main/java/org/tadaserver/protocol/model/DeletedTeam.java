package org.tadaserver.protocol.model;

/**
 * A team archived.
 */
public record DeletedTeam(
        String uid,
        boolean isArchive,
        long gentime) {
}

package org.tadaserver.protocol.model;

/**
 * A task tag.
 *
 * @param uid tag id
 * @param name tag name
 */
public record Tag(
        String uid,
        String name) {
}

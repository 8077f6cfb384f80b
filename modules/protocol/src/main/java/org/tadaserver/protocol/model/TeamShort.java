package org.tadaserver.protocol.model;

/**
 * Short team representation for invites and pushes.
 *
 * @param uid team id (bare UUID)
 * @param name team name
 * @param icons team icons
 */
public record TeamShort(
        String uid,
        String name,
        IconData icons) {
}

package org.tadaserver.protocol.model;

/**
 * Unread counters of one (other) team.
 *
 * @param uid team id
 */
public record TeamCounter(
        String uid,
        TeamUnread unread) {
}

package org.tadaserver.protocol.model;

/**
 * A filter of a task tab.
 *
 * @param field filter key (assignee, owner, section, tag)
 */
public record TaskFilter(
        String field,
        String title) {
}

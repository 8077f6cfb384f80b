package org.tadaserver.protocol.model;

/**
 * A sort option of a task tab.
 *
 * @param key sort key (activity, deadline, ...)
 */
public record TaskSort(
        String key,
        String title) {
}

package org.tadaserver.protocol.model;

import java.util.List;

/**
 * A tab of the task board.
 *
 * @param key tab key (active, in, out, ...)
 */
public record TaskTab(
        String key,
        String title,
        boolean hideEmpty,
        boolean showCounter,
        boolean pagination,
        List<TaskFilter> filters,
        List<TaskSort> sort,
        List<TaskCounters> unreadTasks) {
}

package org.tadaserver.store.task;

import java.util.UUID;

/**
 * The fields of a task kept in its chat row: {@code title} (the first line of the description, what chat lists search
 * and sort by), {@code description}, {@code public} and the project ({@code section_uid}).
 *
 * @param sectionUid the task project, or null
 */
public record TaskChat(String title, String description, boolean isPublic, UUID sectionUid) {}

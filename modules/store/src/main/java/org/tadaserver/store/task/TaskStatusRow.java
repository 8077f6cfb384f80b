package org.tadaserver.store.task;

import java.util.UUID;

/** A custom task status of a team ({@code task_statuses}); {@code name} is what tasks store in task_status. */
public record TaskStatusRow(UUID uid, UUID teamUid, String name, String title, int sortOrdering, boolean isArchive) {}

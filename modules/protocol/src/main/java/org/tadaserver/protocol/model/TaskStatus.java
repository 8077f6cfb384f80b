package org.tadaserver.protocol.model;

import org.tadaserver.protocol.OmitEmpty;

/**
 * A (custom) task status.
 *
 * @param name value stored in task_status
 * @param title localized name
 */
public record TaskStatus(
        @OmitEmpty String uid,
        int sortOrdering,
        String name,
        String title,
        @OmitEmpty boolean isArchive) {
}

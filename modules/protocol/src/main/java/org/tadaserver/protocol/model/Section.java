package org.tadaserver.protocol.model;

import org.tadaserver.protocol.OmitEmpty;

/**
 * A contact section, group section or task project.
 *
 * @param uid bare UUID
 * @param sortOrdering position (non-negative)
 * @param name display name
 * @param gentime object version
 * @param description optional description
 * @param isArchive deleted
 */
public record Section(
        String uid,
        int sortOrdering,
        String name,
        long gentime,
        @OmitEmpty String description,
        @OmitEmpty boolean isArchive) {
}

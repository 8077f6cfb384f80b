package org.tadaserver.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.tadaserver.protocol.OmitEmpty;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * A task checklist item.
 *
 * @param uid item id
 * @param gentime object version
 * @param sortOrdering order
 * @param text text, or "#<num>" for a subtask
 * @param subtask linked subtask
 */
public record TaskItem(
        @OmitEmpty String uid,
        long gentime,
        @OmitEmpty int sortOrdering,
        String text,
        @OmitEmpty boolean checked,
        @OmitEmpty boolean canToggle,
        @OmitEmpty boolean canChange,
        @JsonInclude(NON_NULL) Subtask subtask) {
}

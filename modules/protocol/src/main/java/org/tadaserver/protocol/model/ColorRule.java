package org.tadaserver.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.tadaserver.protocol.OmitEmpty;

import java.util.List;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * A rule that colours tasks matching section, tags, status, importance or urgency.
 *
 * @param priority higher wins
 * @param colorIndex index into the team's colour table (uint16)
 * @param section project uid
 */
public record ColorRule(
        String uid,
        int priority,
        int colorIndex,
        @OmitEmpty String section,
        @OmitEmpty List<String> tags,
        @OmitEmpty String description,
        @OmitEmpty String taskStatus,
        @JsonInclude(NON_NULL) Integer taskImportance,
        @JsonInclude(NON_NULL) Integer taskUrgency) {
}

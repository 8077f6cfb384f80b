package org.tadaserver.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;

import java.time.Instant;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * Link to a sub- or parent task.
 *
 * @param jid task
 * @param assignee assignee contact
 * @param title task title
 * @param num task number in the team
 * @param displayName title with number
 * @param isPublic public task
 */
public record Subtask(
        Jid jid,
        Jid assignee,
        String title,
        int num,
        String displayName,
        @JsonProperty("public") @OmitEmpty boolean isPublic,
        @OmitEmpty String taskStatus,
        @OmitEmpty Instant deadline,
        @OmitEmpty boolean deadlineExpired,
        @JsonInclude(NON_NULL) Integer importance,
        @JsonInclude(NON_NULL) Integer complexity) {
}

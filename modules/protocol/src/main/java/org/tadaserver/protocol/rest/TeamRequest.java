package org.tadaserver.protocol.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * {@code tdapi.Team}: body of {@code POST /api/v4/teams} and {@code PUT /api/v4/teams/{team}}.
 *
 * Lenient: every key is optional, null and "" read as "not given" (for JIDs and enums too), so the same record
 * serves create and partial update.
 *
 * @param defaultTaskDeadline time of day, for example 18:00:00
 * @param maxMessageUpdateAge seconds
 * @param contacts members to invite on creation
 */
public record TeamRequest(
        @JsonInclude(NON_NULL) String name,
        @JsonInclude(NON_NULL) String defaultTaskDeadline,
        @JsonInclude(NON_NULL) Integer maxMessageUpdateAge,
        @JsonInclude(NON_NULL) Boolean usePatronymic,
        @JsonInclude(NON_NULL) Boolean displayFamilyNameFirst,
        @JsonInclude(NON_NULL) Boolean useTaskImportance,
        @JsonInclude(NON_NULL) Integer taskImportanceMin,
        @JsonInclude(NON_NULL) Integer taskImportanceMax,
        @JsonInclude(NON_NULL) Boolean taskImportanceRev,
        @JsonInclude(NON_NULL) Boolean useTaskUrgency,
        @JsonInclude(NON_NULL) Boolean useTaskComplexity,
        @JsonInclude(NON_NULL) Boolean useTaskSpentTime,
        @JsonInclude(NON_NULL) Boolean singleGroup,
        @JsonInclude(NON_NULL) Boolean pinned,
        @JsonInclude(NON_NULL) Boolean hideArchivedUsers,
        @JsonInclude(NON_NULL) List<ContactRequest> contacts) {
}

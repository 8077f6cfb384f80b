package org.tadaserver.protocol.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tadaserver.protocol.Jid;

import java.util.List;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * {@code tdapi.Task}: body of {@code POST /api/v4/teams/{team}/tasks} (create) and {@code PUT}/{@code POST
 * .../tasks/{t}} (change; close with {@code task_status:"done"}). {@code deadline} and {@code remind_at} stay strings so
 * that "" (clear) differs from absent.
 *
 * Lenient: every key is optional, null and "" read as "not given" (for JIDs and enums too), so the same record
 * serves create and partial update.
 *
 * @param deadline ISO time, "" clears
 * @param section project uid
 * @param items checklist texts
 * @param remindAt ISO time
 */
public record TaskRequest(
        @JsonInclude(NON_NULL) String description,
        @JsonInclude(NON_NULL) Jid assignee,
        @JsonInclude(NON_NULL) String deadline,
        @JsonProperty("public") @JsonInclude(NON_NULL) Boolean isPublic,
        @JsonInclude(NON_NULL) List<String> tags,
        @JsonInclude(NON_NULL) String section,
        @JsonInclude(NON_NULL) List<Jid> observers,
        @JsonInclude(NON_NULL) List<String> items,
        @JsonInclude(NON_NULL) String remindAt,
        @JsonInclude(NON_NULL) String taskStatus,
        @JsonInclude(NON_NULL) Integer importance,
        @JsonInclude(NON_NULL) Integer urgency,
        @JsonInclude(NON_NULL) Integer complexity,
        @JsonInclude(NON_NULL) Integer spentTime,
        @JsonInclude(NON_NULL) Integer customColorIndex,
        @JsonInclude(NON_NULL) List<String> linkedMessages,
        @JsonInclude(NON_NULL) List<String> uploads) {
}

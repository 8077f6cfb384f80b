package org.tadaserver.protocol.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Body of {@code POST /api/v4/teams} and {@code PUT /api/v4/teams/{team}} (tdapi.Team). Every field is optional: null
 * means "leave as it is" on update and "the default" on create.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeamRequest(
    String name,
    @JsonProperty("default_task_deadline") String defaultTaskDeadline,
    @JsonProperty("max_message_update_age") Integer maxMessageUpdateAge,
    @JsonProperty("use_patronymic") Boolean usePatronymic,
    @JsonProperty("display_family_name_first") Boolean displayFamilyNameFirst,
    @JsonProperty("use_task_importance") Boolean useTaskImportance,
    @JsonProperty("task_importance_min") Integer taskImportanceMin,
    @JsonProperty("task_importance_max") Integer taskImportanceMax,
    @JsonProperty("task_importance_rev") Boolean taskImportanceRev,
    @JsonProperty("use_task_urgency") Boolean useTaskUrgency,
    @JsonProperty("use_task_complexity") Boolean useTaskComplexity,
    @JsonProperty("use_task_spent_time") Boolean useTaskSpentTime,
    @JsonProperty("hide_archived_users") Boolean hideArchivedUsers,
    @JsonProperty("single_group") Boolean singleGroup,
    Boolean pinned,
    @JsonProperty("pinned_sort_ordering") Integer pinnedSortOrdering,
    List<ContactRequest> contacts) {

  public static TeamRequest named(String name) {
    return new TeamRequest(name, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}

package org.tadaserver.chats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code PUT /api/v4/teams/{team}/chats/{jid}}: the changed fields, null = unchanged. Personal fields apply to
 * the actor's view only; the shared ones need the right to change them (they are listed in {@code changeable_fields}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatUpdate(
    Boolean hidden,
    Boolean pinned,
    @JsonProperty("pinned_sort_ordering") Integer pinnedSortOrdering,
    @JsonProperty("notifications_enabled") Boolean notificationsEnabled,
    @JsonProperty("counters_enabled") Boolean countersEnabled,
    Boolean collapsed,
    @JsonProperty("display_name") String displayName,
    String description,
    @JsonProperty("public") Boolean isPublic,
    @JsonProperty("default_for_all") Boolean defaultForAll,
    @JsonProperty("readonly_for_members") Boolean readonlyForMembers) {}

package org.tadaserver.protocol.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.tadaserver.protocol.model.GroupMembership;

/**
 * Body of {@code POST /api/v4/teams/{team}/groups} and of a group edit (tdapi.Group). tdclient sends every key, with
 * {@code null} and {@code ""} for "not set" ({@code autocleanup_age:null, pinned_message:"", members:null,
 * section:""}); all of those mean "leave as it is / default".
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupRequest(
    @JsonProperty("display_name") String displayName,
    String description,
    @JsonProperty("readonly_for_members") Boolean readonlyForMembers,
    @JsonProperty("public") Boolean isPublic,
    @JsonProperty("default_for_all") Boolean defaultForAll,
    @JsonProperty("autocleanup_age") Integer autocleanupAge,
    @JsonProperty("pinned_message") String pinnedMessage,
    List<GroupMembership> members,
    String section) {}

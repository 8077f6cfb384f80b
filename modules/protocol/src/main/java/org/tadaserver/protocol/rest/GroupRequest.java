package org.tadaserver.protocol.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tadaserver.protocol.model.GroupMembership;

import java.util.List;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * {@code tdapi.Group}: body of {@code POST /api/v4/teams/{team}/groups}. tdclient sends every key, with
 * {@code autocleanup_age:null}, {@code pinned_message:""}, {@code members:null} and {@code section:""}.
 *
 * Lenient: every key is optional, null and "" read as "not given" (for JIDs and enums too), so the same record
 * serves create and partial update.
 *
 * @param autocleanupAge seconds
 * @param pinnedMessage message id
 */
public record GroupRequest(
        @JsonInclude(NON_NULL) String displayName,
        @JsonInclude(NON_NULL) String description,
        @JsonInclude(NON_NULL) Boolean readonlyForMembers,
        @JsonProperty("public") @JsonInclude(NON_NULL) Boolean isPublic,
        @JsonInclude(NON_NULL) Boolean defaultForAll,
        @JsonInclude(NON_NULL) Integer autocleanupAge,
        @JsonInclude(NON_NULL) String pinnedMessage,
        @JsonInclude(NON_NULL) List<GroupMembership> members,
        @JsonInclude(NON_NULL) String section) {
}

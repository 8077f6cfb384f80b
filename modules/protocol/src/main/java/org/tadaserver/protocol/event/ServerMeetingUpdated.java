package org.tadaserver.protocol.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Params of {@code server.meeting.updated}: meetings changed. Meeting objects are passed through as JSON (meetings are not
 * modelled yet).
 */
@EventName("server.meeting.updated")
public record ServerMeetingUpdated(
        List<JsonNode> meetings,
        int teamMeetingsCount,
        int userMeetingsCount,
        List<String> teamMeetingsDates,
        List<String> userMeetingsDates) {
}

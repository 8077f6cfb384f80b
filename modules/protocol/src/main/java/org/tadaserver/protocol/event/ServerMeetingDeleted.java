package org.tadaserver.protocol.event;

import java.util.List;

/**
 * Params of {@code server.meeting.deleted}: meetings deleted. The key is singular but holds an array.
 */
@EventName("server.meeting.deleted")
public record ServerMeetingDeleted(
        List<String> meetingId) {
}

package org.tadaserver.protocol.event;

import java.time.Instant;

/**
 * Params of {@code server.meetingcell.updated}: one occurrence of a meeting moved.
 */
@EventName("server.meetingcell.updated")
public record ServerMeetingcellUpdated(
        String meetingId,
        Instant startAtOld,
        Instant startAtNew,
        int duration) {
}

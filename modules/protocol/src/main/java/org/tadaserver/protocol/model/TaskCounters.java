package org.tadaserver.protocol.model;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;

/**
 * Unread counters of one task.
 */
public record TaskCounters(
        Jid jid,
        @OmitEmpty int numUnread,
        @OmitEmpty int numUnreadNotices) {
}

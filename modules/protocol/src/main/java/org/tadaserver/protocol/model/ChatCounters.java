package org.tadaserver.protocol.model;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.enums.ChatType;

import java.time.Instant;

/**
 * Per-viewer counters of one chat. {@code last_read_message_id} is always present (null when nothing is read).
 *
 * @param gentime chat gentime
 * @param lastReadMessageId nullable
 */
public record ChatCounters(
        Jid jid,
        ChatType chatType,
        long gentime,
        int numUnread,
        int numUnreadNotices,
        String lastReadMessageId,
        @OmitEmpty Instant lastActivity) {
}

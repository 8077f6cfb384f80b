package org.tadaserver.protocol.model;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.enums.ChatType;

import java.time.Instant;

/**
 * Short form of a message (upload lists).
 */
public record ShortMessage(
        Jid chat,
        ChatType chatType,
        Instant created,
        Jid from,
        long gentime,
        @OmitEmpty boolean isArchive,
        String messageId,
        Jid to) {
}

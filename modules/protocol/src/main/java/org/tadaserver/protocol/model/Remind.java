package org.tadaserver.protocol.model;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;

import java.time.Instant;

/**
 * A remind on a chat.
 *
 * @param fireAt activation time
 */
public record Remind(
        String uid,
        Jid chat,
        Instant fireAt,
        @OmitEmpty String comment) {
}

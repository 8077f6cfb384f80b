package org.tadaserver.protocol.model;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.enums.CallType;

import java.time.Instant;

/**
 * An active call in {@code server.online}.
 */
public record OnlineCall(
        Jid jid,
        String uid,
        @OmitEmpty Instant start,
        @OmitEmpty int onlineCount,
        CallType callType) {
}

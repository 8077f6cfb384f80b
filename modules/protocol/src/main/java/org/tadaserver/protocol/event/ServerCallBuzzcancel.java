package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;

/**
 * Params of {@code server.call.buzzcancel}: ringing stopped (timeout or cancel).
 */
@EventName("server.call.buzzcancel")
public record ServerCallBuzzcancel(
        Jid jid,
        String team,
        @OmitEmpty String uid) {
}

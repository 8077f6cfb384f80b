package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.enums.CallType;
import org.tadaserver.protocol.model.ChatShort;
import org.tadaserver.protocol.model.ContactShort;
import org.tadaserver.protocol.model.IconData;
import org.tadaserver.protocol.model.TeamShort;

/**
 * Params of {@code server.call.buzz}: an incoming call rings.
 *
 * @param jid chat of the call
 * @param uid call id
 * @param buzzTimeout seconds
 * @param team deprecated: team uid
 */
@EventName("server.call.buzz")
public record ServerCallBuzz(
        Jid jid,
        IconData icons,
        String displayName,
        @OmitEmpty TeamShort teaminfo,
        @OmitEmpty ChatShort chat,
        @OmitEmpty ContactShort actor,
        @OmitEmpty String uid,
        @OmitEmpty int buzzTimeout,
        @OmitEmpty CallType callType,
        String team) {
}

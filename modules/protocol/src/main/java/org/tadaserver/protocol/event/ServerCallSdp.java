package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.model.Jsep;

import java.util.List;

/**
 * Params of {@code server.call.sdp}: a session description for the client (answer or renegotiation).
 *
 * @param jids one per track in multistream mode
 */
@EventName("server.call.sdp")
public record ServerCallSdp(
        Jid jid,
        @OmitEmpty List<Jid> jids,
        String uid,
        Jsep jsep) {
}

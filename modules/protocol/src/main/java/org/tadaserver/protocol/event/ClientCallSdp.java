package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.model.Jsep;

/**
 * Params of {@code client.call.sdp}: renegotiation: the client's local description changed.
 *
 * @param jid chat of the call
 * @param uid call id
 * @param jsep new description
 */
@EventName("client.call.sdp")
public record ClientCallSdp(
        Jid jid,
        String uid,
        Jsep jsep) {
}

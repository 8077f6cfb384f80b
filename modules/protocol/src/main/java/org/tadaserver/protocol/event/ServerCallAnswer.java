package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.model.CallOnliner;
import org.tadaserver.protocol.model.IceCandidate;
import org.tadaserver.protocol.model.Jsep;

import java.util.List;

/**
 * Params of {@code server.call.answer}: the SFU answer (deprecated: use {@code server.call.sdp}).
 */
@EventName("server.call.answer")
public record ServerCallAnswer(
        Jid jid,
        @OmitEmpty List<IceCandidate> candidates,
        @OmitEmpty List<CallOnliner> onliners,
        Jsep jsep,
        @OmitEmpty String uid) {
}

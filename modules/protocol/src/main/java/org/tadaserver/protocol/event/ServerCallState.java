package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.model.CallEvent;
import org.tadaserver.protocol.model.CallOnliner;

import java.time.Instant;
import java.util.List;

/**
 * Params of {@code server.call.state}: call participants or parameters changed.
 *
 * @param jid chat of the call
 * @param uid call id
 * @param buzz ringing
 * @param timestamp deprecated
 */
@EventName("server.call.state")
public record ServerCallState(
        Jid jid,
        String uid,
        @OmitEmpty boolean buzz,
        Instant created,
        @OmitEmpty Instant start,
        @OmitEmpty Instant finish,
        boolean audiorecord,
        @OmitEmpty List<CallOnliner> onliners,
        long gentime,
        @OmitEmpty long timestamp) {

    /** The params for a call state. */
    public static ServerCallState of(CallEvent call) {
        return new ServerCallState(call.jid(), call.uid(), call.buzz(), call.created(), call.start(), call.finish(),
                call.audiorecord(), call.onliners(), call.gentime(), call.timestamp());
    }
}

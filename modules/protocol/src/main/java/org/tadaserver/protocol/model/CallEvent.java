package org.tadaserver.protocol.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;

import java.time.Instant;
import java.util.List;

/**
 * Call state ({@code server.call.state}). Ringing: buzz and no start; active: start set; finished: finish set.
 *
 * @param jid chat of the call
 * @param uid call id
 * @param buzz ringing
 * @param audiorecord call is recorded
 * @param onliners participants
 * @param timestamp deprecated: use gentime
 */
@RecordBuilder
public record CallEvent(
        Jid jid,
        String uid,
        @OmitEmpty boolean buzz,
        Instant created,
        @OmitEmpty Instant start,
        @OmitEmpty Instant finish,
        boolean audiorecord,
        @OmitEmpty List<CallOnliner> onliners,
        long gentime,
        @OmitEmpty long timestamp) implements CallEventBuilder.With {

    /** A builder with every component unset (null, false or 0). */
    public static CallEventBuilder builder() {
        return CallEventBuilder.builder();
    }
}

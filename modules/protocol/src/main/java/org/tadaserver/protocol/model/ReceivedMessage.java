package org.tadaserver.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;

/**
 * One entry of {@code server.message.received}.
 *
 * @param chat chat as seen by the receiver of the event
 */
public record ReceivedMessage(
        Jid chat,
        String messageId,
        boolean received,
        @OmitEmpty int numReceived,
        @JsonProperty("_debug") @OmitEmpty String debug) {
}

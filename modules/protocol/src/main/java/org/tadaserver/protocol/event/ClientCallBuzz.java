package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;

import java.util.List;

/**
 * Params of {@code client.call.buzz}: re-ring participants (deprecated: use the HTTP API).
 *
 * @param members empty = everyone
 */
@EventName("client.call.buzz")
public record ClientCallBuzz(
        Jid jid,
        @OmitEmpty List<Jid> members) {
}

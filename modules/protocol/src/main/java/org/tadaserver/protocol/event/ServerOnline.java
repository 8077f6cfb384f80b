package org.tadaserver.protocol.event;

import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.model.OnlineCall;
import org.tadaserver.protocol.model.OnlineContact;

import java.util.List;

/**
 * Params of {@code server.online}: the full list of online team members and active calls; sent on every change and periodically.
 */
@EventName("server.online")
public record ServerOnline(
        List<OnlineContact> contacts,
        @OmitEmpty List<OnlineCall> calls) {
}

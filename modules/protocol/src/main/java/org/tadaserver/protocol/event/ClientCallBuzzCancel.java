package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;

/**
 * Params of {@code client.call.buzzcancel}: stop ringing.
 */
@EventName("client.call.buzzcancel")
public record ClientCallBuzzCancel(
        Jid jid) {
}

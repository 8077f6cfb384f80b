package org.tadaserver.protocol.event;

import org.tadaserver.protocol.model.Remind;

import java.util.List;

/**
 * Params of {@code server.remind.fired}: reminds came due.
 */
@EventName("server.remind.fired")
public record ServerRemindFired(
        List<Remind> reminds) {
}

package org.tadaserver.protocol.event;

import org.tadaserver.protocol.model.Remind;

import java.util.List;

/**
 * Params of {@code server.remind.updated}: reminds created or changed.
 */
@EventName("server.remind.updated")
public record ServerRemindUpdated(
        List<Remind> reminds) {
}

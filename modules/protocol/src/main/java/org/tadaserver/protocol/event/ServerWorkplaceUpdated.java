package org.tadaserver.protocol.event;

import org.tadaserver.protocol.model.WorkplaceUser;

import java.util.List;

/**
 * Params of {@code server.workplace.updated}: billing workplaces changed.
 */
@EventName("server.workplace.updated")
public record ServerWorkplaceUpdated(
        List<WorkplaceUser> workplaces) {
}

package org.tadaserver.protocol.event;

import org.tadaserver.protocol.model.Team;

import java.util.List;

/**
 * Params of {@code server.team.updated}: teams created or changed.
 */
@EventName("server.team.updated")
public record ServerTeamUpdated(
        List<Team> teams) {
}

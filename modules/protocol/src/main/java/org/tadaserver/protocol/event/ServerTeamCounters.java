package org.tadaserver.protocol.event;

import org.tadaserver.protocol.model.TeamCounter;

import java.util.List;

/**
 * Params of {@code server.team.counters}: unread counters of the user's other teams.
 *
 * @param badge total over all teams
 */
@EventName("server.team.counters")
public record ServerTeamCounters(
        List<TeamCounter> teams,
        int badge) {
}

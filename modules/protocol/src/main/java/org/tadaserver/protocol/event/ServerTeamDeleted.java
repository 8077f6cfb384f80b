package org.tadaserver.protocol.event;

import org.tadaserver.protocol.model.DeletedTeam;

import java.util.List;

/**
 * Params of {@code server.team.deleted}: teams archived.
 */
@EventName("server.team.deleted")
public record ServerTeamDeleted(
        List<DeletedTeam> teams) {
}

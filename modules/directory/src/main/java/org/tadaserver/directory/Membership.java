package org.tadaserver.directory;

import java.util.UUID;
import org.tadaserver.protocol.enums.TeamStatus;

/**
 * A user's place in one team.
 *
 * @param contact the uuid of the user's contact in this team (its JID is {@code d-<contact>})
 */
public record Membership(UUID team, UUID user, UUID contact, TeamStatus status) {
  public boolean isAdmin() {
    return status == TeamStatus.OWNER || status == TeamStatus.ADMIN;
  }
}

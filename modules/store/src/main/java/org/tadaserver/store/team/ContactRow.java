package org.tadaserver.store.team;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code contacts}: a user's membership in one team, or a bot of the team.
 *
 * @param uid      the uuid of the contact's {@code d-} JID (not the user's uuid)
 * @param user     the account; null for a bot
 * @param botname  empty for a human
 * @param role     free-text job title
 * @param status   team rank: owner, admin, member or guest
 * @param settings the member's own settings in this team; an absent key = not set
 * @param sections uuids of the live contact sections the contact is in, in section order
 */
public record ContactRow(
    UUID uid, UUID team, UUID user, String botname, String role, String status, String givenName, String familyName,
    String patronymic, String displayName, String shortName, String contactEmail, String contactPhone,
    String iconLetters, String iconColor, JsonObject settings, List<UUID> sections, long gentime, boolean isArchive,
    Instant created, Instant lastActivity) {

  public boolean isBot() {
    return user == null;
  }
}

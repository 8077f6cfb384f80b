package org.tadaserver.directory;

import java.util.List;

/**
 * The ContactFilter query of {@code GET /api/v4/teams/{team}/contacts}. Empty lists and nulls mean "not set".
 *
 * @param statuses team statuses to keep (owner, admin, member, guest)
 * @param jids contact JIDs to keep
 * @param displayName case-insensitive substring of the display name
 * @param archived true = only archived, false or null = only active
 * @param bots true = only bots, false = only humans, null = both
 * @param withoutMe leave out the caller's own contact
 * @param limit at most this many (0 = no limit)
 * @param offset skip this many
 */
public record ContactFilter(
    List<String> statuses, List<String> jids, String displayName, Boolean archived, Boolean bots,
    boolean withoutMe, int limit, int offset) {
  public static final ContactFilter ALL = new ContactFilter(List.of(), List.of(), null, null, null, false, 0, 0);

  public ContactFilter {
    statuses = statuses == null ? List.of() : List.copyOf(statuses);
    jids = jids == null ? List.of() : List.copyOf(jids);
  }
}

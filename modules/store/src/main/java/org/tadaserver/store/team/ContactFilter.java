package org.tadaserver.store.team;

import java.util.List;
import java.util.UUID;

/**
 * Which contacts of a team {@link ContactRepository#list} returns. Null or empty lists and null values mean "any".
 *
 * @param statuses            keep these team ranks
 * @param uids                keep these contacts
 * @param displayNameContains keep display names containing this text, ignoring case
 * @param archived            true = only archived, false = only live
 * @param bots                true = only bots, false = only humans
 * @param excludeUid          leave out this contact (the caller's own: the protocol's {@code without_me})
 * @param gentimeGt           keep contacts changed after this gentime (delta sync)
 * @param limit               at most this many; 0 = all
 * @param offset              skip this many
 */
public record ContactFilter(
    List<String> statuses, List<UUID> uids, String displayNameContains, Boolean archived, Boolean bots,
    UUID excludeUid, Long gentimeGt, int limit, int offset) {
  public static final ContactFilter ALL = new ContactFilter(null, null, null, null, null, null, null, 0, 0);

  public ContactFilter {
    statuses = statuses == null ? List.of() : List.copyOf(statuses);
    uids = uids == null ? List.of() : List.copyOf(uids);
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
  }

  public ContactFilter withStatuses(List<String> value) {
    return new ContactFilter(value, uids, displayNameContains, archived, bots, excludeUid, gentimeGt, limit, offset);
  }

  public ContactFilter withUids(List<UUID> value) {
    return new ContactFilter(statuses, value, displayNameContains, archived, bots, excludeUid, gentimeGt, limit,
        offset);
  }

  public ContactFilter withDisplayNameContains(String value) {
    return new ContactFilter(statuses, uids, value, archived, bots, excludeUid, gentimeGt, limit, offset);
  }

  public ContactFilter withArchived(Boolean value) {
    return new ContactFilter(statuses, uids, displayNameContains, value, bots, excludeUid, gentimeGt, limit, offset);
  }

  public ContactFilter withBots(Boolean value) {
    return new ContactFilter(statuses, uids, displayNameContains, archived, value, excludeUid, gentimeGt, limit,
        offset);
  }

  public ContactFilter withExcludeUid(UUID value) {
    return new ContactFilter(statuses, uids, displayNameContains, archived, bots, value, gentimeGt, limit, offset);
  }

  public ContactFilter withGentimeGt(Long value) {
    return new ContactFilter(statuses, uids, displayNameContains, archived, bots, excludeUid, value, limit, offset);
  }

  public ContactFilter withPage(int pageLimit, int pageOffset) {
    return new ContactFilter(statuses, uids, displayNameContains, archived, bots, excludeUid, gentimeGt, pageLimit,
        pageOffset);
  }
}

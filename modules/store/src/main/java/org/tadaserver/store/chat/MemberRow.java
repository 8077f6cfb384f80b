package org.tadaserver.store.chat;

import java.util.UUID;

/**
 * A row of {@code chat_members}: one contact's place in one chat, with its read state, counters and personal settings.
 * A member who left keeps the row with {@code isMember = false}.
 *
 * @param userUid the account behind the contact (joined from {@code contacts}), where deliveries go; null for bots
 * @param status {@link #ADMIN} or {@link #MEMBER}
 * @param lastReadSeq order number of the last message read (0 = none)
 * @param lastReadMessage id of the last message read, or null
 * @param draftRevision unix milliseconds of the stored draft
 * @param gentime version of this member's view of the chat, from the team clock
 */
public record MemberRow(
    UUID chatUid, UUID contactUid, UUID teamUid, UUID userUid, String status, boolean isMember, long lastReadSeq,
    UUID lastReadMessage, int numUnread, int numUnreadNotices, boolean hidden, boolean pinned, int pinnedSortOrdering,
    boolean notificationsEnabled, boolean countersEnabled, boolean collapsed, String draft, long draftRevision,
    long gentime) {
  public static final String ADMIN = "admin";
  public static final String MEMBER = "member";

  public boolean isAdmin() {
    return isMember && ADMIN.equals(status);
  }
}

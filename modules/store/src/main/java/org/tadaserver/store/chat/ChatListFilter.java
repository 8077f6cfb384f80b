package org.tadaserver.store.chat;

import java.util.List;
import java.util.UUID;

/**
 * Which of one contact's chats {@link ChatRepository#list} returns, and in which order.
 *
 * <p>Without {@code gentimeGt} (0): the chats the contact is a member of that are not archived. With it: every chat
 * whose version for the contact ({@code max(chat.base_gentime, member.gentime)}) is newer, archived and left ones
 * included (delta sync), newest version first. That order makes offset paging safe while versions keep moving: a
 * change moves a chat to the front, so later pages can repeat a chat but never skip one the client then misses (any
 * chat changed during paging has a version above everything the client keeps as its high-water mark).
 *
 * @param chatTypes direct, group, task; empty = any
 * @param hidden true = only hidden, false = only not hidden, null = both
 * @param q case-insensitive substring of the display name (the peer's name for direct chats, else the title)
 * @param limit page size, at least 1
 */
public record ChatListFilter(
    UUID contact, List<String> chatTypes, long gentimeGt, Boolean hidden, boolean unreadOnly, boolean unreadFirst,
    Sort sort, boolean descending, String q, int limit, int offset) {

  /** Orders for the plain list; delta sync ignores it. */
  public enum Sort {
    /** The last message's time, or the creation time of a chat without messages; newest first unless ascending. */
    ACTIVITY,
    /** The display name, ignoring case. */
    DISPLAY_NAME
  }

  public ChatListFilter {
    chatTypes = chatTypes == null ? List.of() : List.copyOf(chatTypes);
    sort = sort == null ? Sort.ACTIVITY : sort;
    q = q == null || q.isBlank() ? null : q.strip();
    if (limit < 1 || offset < 0) {
      throw new IllegalArgumentException("limit must be positive and offset not negative");
    }
  }

  /** The contact's live chats, most recently active first. */
  public static ChatListFilter of(UUID contact, int limit, int offset) {
    return new ChatListFilter(contact, List.of(), 0, null, false, false, Sort.ACTIVITY, true, null, limit, offset);
  }
}

package org.tadaserver.store.chat;

/**
 * One chat of a contact's chat list: the shared row and the contact's member row.
 *
 * @param displayName the name the list filtered and sorted by: the other contact's display name for a direct chat,
 *     else the title
 */
public record ChatListing(ChatRow chat, MemberRow member, String displayName) {
  /** The version of this chat for this member: the newer of the shared and the personal one. */
  public long version() {
    return Math.max(chat.baseGentime(), member.gentime());
  }
}

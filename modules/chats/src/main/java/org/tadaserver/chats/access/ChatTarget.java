package org.tadaserver.chats.access;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.store.chat.ChatRow;
import org.tadaserver.store.chat.MemberRow;
import org.tadaserver.store.team.ContactRow;

/**
 * A chat as one actor named it, resolved by {@link ChatAccess}: what exists of it and the actor's place in it.
 *
 * @param jid the JID as the actor names it (for a direct chat: the other person's contact JID)
 * @param chat the chat row; null for a direct chat that has no message yet, and for the actor's own contact JID
 * @param member the actor's row; null when the actor never was in the chat. A row with {@code isMember = false} means
 *     the actor left (or was removed)
 * @param peer direct chats: the other contact (the actor's own contact when {@link #self()}); null otherwise
 * @param self the actor named their own contact: there is no such chat (nobody writes to themselves)
 */
public record ChatTarget(Jid jid, ChatType chatType, ChatRow chat, MemberRow member, ContactRow peer, boolean self) {

  public boolean isDirect() {
    return chatType == ChatType.DIRECT;
  }

  /** Whether the chat row exists (a direct chat is created by its first message). */
  public boolean exists() {
    return chat != null;
  }

  /**
   * Whether the actor is in the chat now. A direct chat that does not exist yet counts: both sides become members
   * with its first message.
   */
  public boolean isMember() {
    return member != null ? member.isMember() : isDirect() && !self && chat == null;
  }

  public boolean isArchived() {
    return chat != null && chat.isArchive();
  }
}
